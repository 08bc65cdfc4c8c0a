import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { Page } from '@/components/Page'
import { Notice } from '@/components/Notice'
import { Heading } from '@/components/Heading'
import { Button } from '@/components/Button'
import { TextField } from '@/components/TextField'
import { TextAreaField } from '@/components/TextAreaField'
import { a11y, interactiveProps } from '@/lib/a11y'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { useServiceResult } from '@/lib/useServiceResult'
import { formatFenAsYuan } from '@/domain/fenFormat'
import { parseYuanToFen } from '@/domain/money'
import { getServices } from '@/services/serviceRegistry'
import type { DemoCase, OfficeAction, OfficeActionType } from '@/services/demoService'
import './DemoConsoleScreen.css'

export const DEMO_MODE = process.env.TARO_APP_DEMO === 'on'

const ACTION_LABELS: Partial<Record<OfficeActionType, string>> = {
  accept: '受理',
  request_supplement: '要求补正',
  supplement_received: '收到补正材料',
  start_verification: '开始核对',
  start_investigation: '核对完成，入户调查',
  democratic_review: '民主评议',
  publish: '公示',
  object: '登记异议',
  close_publicity: '结束公示',
  grant_emergency_aid: '先行救助',
  complete_paperwork: '补办手续完成',
  approve: '审核同意',
  refuse: '不予确认',
}

const SUPPLEMENT_CHOICES = [
  '户口簿',
  '身份证',
  '家庭经济状况核对授权书',
  '残疾人证',
  '诊断证明和医疗费用票据',
  '在校证明',
]

/** Yuan text → fen with the shared money parser; null when it is not an amount. */
function yuanToFen(text: string): number | null {
  const r = parseYuanToFen(text)
  return r.ok ? r.fen : null
}

/** 演示 only: plays the office side of a case and moves the demo clock. */
export function DemoConsoleScreen() {
  const [tick, setTick] = useState(0)
  const cases = useServiceResult(() => getServices().demo.listCases(), tick)
  const clock = useServiceResult(() => getServices().demo.clock(), tick)
  const [selected, setSelected] = useState<string | null>(null)
  const [items, setItems] = useState<string[]>([])
  const [amount, setAmount] = useState<string | null>(null)
  const [refuseReason, setRefuseReason] = useState('家庭人均收入高于当地低保标准')
  const [objection, setObjection] = useState('有村民反映家中有经营收入')
  const [days, setDays] = useState('1')
  const [feedback, setFeedback] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  if (!DEMO_MODE)
    return (
      <Page title='演示控制台'>
        <Notice>
          <Text>演示控制台只在演示版中提供。</Text>
        </Notice>
      </Page>
    )

  const list = cases.result.state === 'ready' ? cases.result.value : []
  const current: DemoCase | undefined = list.find((c) => c.reference === selected) ?? list[0]
  const amountText =
    amount ?? (current?.estimatedMonthlyFen != null ? formatFenAsYuan(current.estimatedMonthlyFen) : '')

  const run = async (label: string, call: () => ReturnType<ReturnType<typeof getServices>['demo']['clock']>) => {
    setBusy(true)
    const r = await call()
    setBusy(false)
    setFeedback(r.ok ? { tone: 'success', text: `${label}：已完成` } : { tone: 'danger', text: r.error.message })
    setTick((t) => t + 1)
  }

  const act = async (type: OfficeActionType) => {
    if (!current) return
    let action: OfficeAction
    switch (type) {
      case 'request_supplement':
        if (items.length === 0) {
          setFeedback({ tone: 'danger', text: '请先勾选需要补正的材料。' })
          return
        }
        action = { type, items }
        break
      case 'start_investigation':
        action = { type, findings: '核对平台未发现超出规定的存款、车辆和房产' }
        break
      case 'democratic_review':
        action = { type, result: 'support' }
        break
      case 'object':
        action = { type, reason: objection }
        break
      case 'approve': {
        const fen = amountText ? yuanToFen(amountText) : undefined
        if (fen === null) {
          setFeedback({ tone: 'danger', text: '金额请填数字，例如 350 或 350.50。' })
          return
        }
        action = { type, amountFen: fen }
        break
      }
      case 'refuse':
        action = { type, reasons: [refuseReason] }
        break
      case 'grant_emergency_aid': {
        const fen = yuanToFen(amountText || '0')
        action = { type, amountFen: fen ?? 0 }
        break
      }
      case 'complete_paperwork':
        action = { type }
        break
      case 'assess_self_care':
        action = { type, unableActivities: [] }
        break
      default:
        action = { type } as OfficeAction
    }
    setBusy(true)
    const r = await getServices().demo.act(current.reference, action)
    setBusy(false)
    setFeedback(
      r.ok
        ? { tone: 'success', text: `${ACTION_LABELS[type] ?? type}：已完成，现在是「${r.value.statusLabel}」` }
        : { tone: 'danger', text: r.error.message },
    )
    setAmount(null)
    setTick((t) => t + 1)
  }

  return (
    <Page title='演示控制台'>
      <Notice tone='warning' title='演示'>
        <Text>这里模拟乡镇（街道）和县民政部门的办理操作，只用于演示。数据都是虚构的。</Text>
      </Notice>
      {feedback ? (
        <Notice tone={feedback.tone} live>
          <Text>{feedback.text}</Text>
        </Notice>
      ) : null}

      <Heading level={2}>演示时钟</Heading>
      <View className='card'>
        <Text className='text-body'>
          演示日期：{clock.result.state === 'ready' ? clock.result.value.today : '读取中…'}
        </Text>
        <TextField
          id='demo-days'
          label='前进几个工作日'
          value={days}
          onChange={setDays}
          inputMode='numeric'
          maxLength={2}
        />
        <Button
          variant='secondary'
          busy={busy}
          onPress={() => void run('演示时钟前进', () => getServices().demo.advanceWorkingDays(Number(days)))}
        >
          {`演示时钟前进 ${days || 'N'} 个工作日`}
        </Button>
      </View>

      <Heading level={2}>选择案件</Heading>
      {cases.result.state === 'error' ? (
        <Notice tone='danger'>
          <Text>{cases.result.error.message}</Text>
        </Notice>
      ) : null}
      <View className='demo-cases' {...a11y({ role: 'radiogroup', label: '选择案件' })}>
        {list.map((c) => {
          const checked = c.reference === current?.reference
          const choose = () => {
            setSelected(c.reference)
            setAmount(null)
          }
          const name = `${c.applicantNameMasked} · ${c.programmeLabel} · ${c.statusLabel} · ${c.reference}`
          return (
            <View
              key={c.reference}
              className={`demo-case ${checked ? 'is-selected' : ''}`}
              onClick={choose}
              {...a11y({ role: 'radio', checked, label: name })}
              {...interactiveProps(choose)}
            >
              <Text {...a11y({ hidden: true })}>
                {checked ? '◉ ' : '○ '}
                {name}
              </Text>
            </View>
          )
        })}
      </View>

      {current ? (
        <View className='card'>
          <Heading level={2}>{`办理：${current.reference}（${current.statusLabel}）`}</Heading>
          {current.publicityEndsAfter ? (
            <Text className='muted'>公示期到 {current.publicityEndsAfter}，之后才能结束公示。</Text>
          ) : null}
          {current.actions.includes('request_supplement') ? (
            <View className='demo-group' {...a11y({ role: 'group', label: '需要补正的材料' })}>
              <Text className='text-body'>需要补正的材料：</Text>
              {[...new Set([...current.materialsLater, ...SUPPLEMENT_CHOICES])].map((label) => {
                const checked = items.includes(label)
                const toggle = () => setItems((xs) => (checked ? xs.filter((x) => x !== label) : [...xs, label]))
                return (
                  <View
                    key={label}
                    className='demo-check'
                    onClick={toggle}
                    {...a11y({ role: 'checkbox', checked, label })}
                    {...interactiveProps(toggle)}
                  >
                    <Text {...a11y({ hidden: true })}>
                      {checked ? '☑ ' : '☐ '}
                      {label}
                    </Text>
                  </View>
                )
              })}
            </View>
          ) : null}
          {current.actions.includes('object') ? (
            <TextAreaField id='demo-objection' label='异议内容' value={objection} onChange={setObjection} />
          ) : null}
          {current.actions.includes('approve') || current.actions.includes('grant_emergency_aid') ? (
            <TextField
              id='demo-amount'
              label='救助金额（元）'
              hint={current.estimatedMonthlyFen != null ? '已按测算结果预填，可以修改' : undefined}
              value={amountText}
              onChange={setAmount}
            />
          ) : null}
          {current.actions.includes('refuse') ? (
            <TextAreaField id='demo-refuse' label='不予确认的理由' value={refuseReason} onChange={setRefuseReason} />
          ) : null}
          <View className='demo-actions'>
            {current.actions.length === 0 ? <Text className='muted'>这个案件已经办结，没有可以做的操作。</Text> : null}
            {current.actions.map((type) => (
              <Button key={type} variant='primary' busy={busy} onPress={() => void act(type)}>
                {ACTION_LABELS[type] ?? type}
              </Button>
            ))}
          </View>
          <Button
            variant='plain'
            onPress={() => openRoute(withQuery(ROUTES.progressDetail, { ref: current.reference }))}
          >
            查看这个案件的进度页
          </Button>
        </View>
      ) : null}

      <Heading level={2}>重新开始</Heading>
      <Button variant='danger' busy={busy} onPress={() => void run('重置演示数据', () => getServices().demo.reset())}>
        重置演示数据
      </Button>
    </Page>
  )
}
