import { View, Text } from '@tarojs/components'
import { a11y } from '@/lib/a11y'
import './Timeline.css'

export type TimelineNodeState = 'done' | 'current' | 'upcoming' | 'skipped'

export interface TimelineItem {
  id: string
  title: string
  state: TimelineNodeState
  /** Lines under the title: dates, office, remark … */
  details?: string[]
  /** A warning shown in text (e.g. 已超过办理时限). */
  alert?: string
}

const STATE_WORDS: Record<TimelineNodeState, string> = {
  done: '已完成',
  current: '进行中',
  upcoming: '未开始',
  skipped: '未进行',
}

const STATE_MARKS: Record<TimelineNodeState, string> = { done: '✓', current: '●', upcoming: '○', skipped: '–' }

/**
 * A vertical list of steps. Each step says its state in words (not by colour alone); the current one carries
 * aria-current="step".
 */
export function Timeline({ items, label }: { items: TimelineItem[]; label: string }) {
  return (
    <View className='ui-timeline' {...a11y({ role: 'list', label })}>
      {items.map((item) => (
        <View
          key={item.id}
          className={`ui-timeline__item is-${item.state}`}
          {...a11y({ role: 'listitem', current: item.state === 'current' ? 'step' : undefined })}
        >
          <Text className='ui-timeline__mark' {...a11y({ hidden: true })}>
            {STATE_MARKS[item.state]}
          </Text>
          <View className='ui-timeline__body'>
            <View className='ui-timeline__title'>
              <Text>{item.title}</Text>
              <Text className='ui-timeline__state'>（{STATE_WORDS[item.state]}）</Text>
            </View>
            {(item.details ?? []).map((line, i) => (
              <Text key={i} className='ui-timeline__detail'>
                {line}
              </Text>
            ))}
            {item.alert ? <Text className='ui-timeline__alert'>{item.alert}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
