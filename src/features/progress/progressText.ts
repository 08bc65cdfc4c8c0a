import { formatFenAsYuan } from '@/domain/fenFormat'
import type { TimeLimitLine, TimelineEntry } from '@/services/progressService'
import type { TimelineItem } from '@/components/Timeline'

export function yuan(fen: number): string {
  return `${formatFenAsYuan(fen)} 元`
}

/** 2026-11-25T02:00:00Z → 2026-11-25 (China date). */
export function dateOf(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3600 * 1000).toISOString().slice(0, 10)
}

export function monthText(yyyyMm: string): string {
  const [y, m] = yyyyMm.split('-')
  return `${y} 年 ${Number(m)} 月`
}

const CONFIDENCE_WORDS: Record<TimeLimitLine['confidence'], string> = {
  '✅': '有法规依据',
  '🟡': '参考地方规定',
  '❌': '未经核实，仅供参考',
}

export function confidenceText(c: TimeLimitLine['confidence']): string {
  return CONFIDENCE_WORDS[c]
}

export function limitText(l: TimeLimitLine): string {
  const unit = l.unit === 'working' ? '个工作日' : '天'
  const head = `${l.label}：${l.limitDays} ${unit}`
  if (l.finished) return `${head}，共用 ${l.usedDays} ${unit}${l.overdue ? '（超过时限）' : ''}`
  const state = l.overdue
    ? `已超过时限（应在 ${l.deadline} 前完成）`
    : `已用 ${l.usedDays} ${unit}，剩余 ${l.remainingDays} ${unit}，截止 ${l.deadline}`
  return `${head}；${state}${l.estimated ? '（节假日按周一至周五估算）' : ''}`
}

export function timelineItems(entries: TimelineEntry[]): TimelineItem[] {
  return entries.map((n) => {
    const details: string[] = []
    if (n.officeLabel && n.state !== 'upcoming') details.push(`办理单位：${n.officeLabel}`)
    if (n.completedOn) details.push(`完成日期：${n.completedOn}`)
    else if (n.startedOn) details.push(`开始日期：${n.startedOn}`)
    if (n.deadline && n.state === 'current') details.push(`应在 ${n.deadline} 前办完`)
    if (n.remark) details.push(`说明：${n.remark}`)
    if (n.optional && n.state !== 'done') details.push('这一步视情况进行')
    return {
      id: n.id,
      title: n.label,
      state: n.state,
      details,
      alert: n.overdue ? '已超过办理时限，可以拨打 12345 反映' : undefined,
    }
  })
}
