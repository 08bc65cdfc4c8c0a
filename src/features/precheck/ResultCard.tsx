import { View, Text } from '@tarojs/components'
import type { FactorResult, ProgramResult } from '@/domain/eligibility/eligibilityResult'
import { formatFenAsYuan } from '@/domain/fenFormat'
import { Heading } from '@/components/Heading'
import { NavCell } from '@/components/NavCell'
import { a11y } from '@/lib/a11y'
import { openRoute } from '@/lib/navigation'
import type { ReferenceFigure } from './evaluatePrecheck'
import { PROGRAM_NAMES, STATUS_LABELS } from './precheckVocabulary'
import { programmePolicyRoute } from './programmePolicyLinks'

export interface ResultCardProps {
  program: ProgramResult
  /** "配偶（1960 年生）" for per-member programmes. */
  memberLabel?: string | null
  /** Figures the programme relied on besides the 低保标准, with their 参考值 state. */
  figures?: readonly ReferenceFigure[]
  /** The programme the person came to ask about (?programme=…). */
  highlighted?: boolean
}

const STATUS_MARK = { likely: '✓', needs_info: '？', unlikely: '—' } as const

const STATUS_SUMMARY = {
  likely: '按你填的情况，可能符合条件。最后以乡镇（街道）审核为准。',
  needs_info: '还差一些情况才能判断，请看下面“还不清楚”的项目。',
  unlikely: '按你填的情况，暂时看可能不符合。家里情况有变化，可以再测一次；想确认可以去乡镇（街道）问一问。',
} as const

const FACTOR_WORD: Record<FactorResult, string> = { met: '满足', unmet: '未满足', unknown: '还不清楚' }

/** One programme of the result: its tri-state, what was found (with the arithmetic), what is still to check. */
export function ResultCard({ program, memberLabel, figures = [], highlighted = false }: ResultCardProps) {
  const title = `${PROGRAM_NAMES[program.program]}${memberLabel ? `：${memberLabel}` : ''}`
  const status = STATUS_LABELS[program.status]
  const unverified = figures.filter((f) => !f.verified)
  return (
    <View
      className={`card result-card result-card--${program.status} ${highlighted ? 'is-highlighted' : ''}`}
      {...a11y({ role: 'region', label: `${title}，${status}` })}
    >
      {highlighted ? <Text className='result-card__flag'>你想了解的项目</Text> : null}
      <Heading level={3} className='result-card__title'>
        {title}
      </Heading>
      <Text className={`result-card__status result-card__status--${program.status}`}>
        {STATUS_MARK[program.status]} {status}
      </Text>
      <Text className='result-card__summary'>{STATUS_SUMMARY[program.status]}</Text>

      {program.estimatedMonthlyFen !== null ? (
        <View className='result-card__estimate'>
          <Text className='result-card__amount'>估算每月约 {formatFenAsYuan(program.estimatedMonthlyFen)} 元</Text>
          {program.estimateExplanation ? <Text className='muted'>{program.estimateExplanation}</Text> : null}
        </View>
      ) : program.estimateExplanation && program.status !== 'unlikely' ? (
        <Text className='result-card__note'>{program.estimateExplanation}</Text>
      ) : null}

      {program.factors.length > 0 ? (
        <>
          <Heading level={4}>我们看到的情况</Heading>
          <View className='result-card__factors' {...a11y({ role: 'list', label: '我们看到的情况' })}>
            {program.factors.map((factor) => (
              <View
                key={factor.id}
                className={`result-card__factor result-card__factor--${factor.result}`}
                {...a11y({ role: 'listitem' })}
              >
                <Text className='result-card__factor-word'>【{FACTOR_WORD[factor.result]}】</Text>
                <Text>{factor.explanation}</Text>
              </View>
            ))}
          </View>
        </>
      ) : null}

      {program.remaining.length > 0 ? (
        <>
          <Heading level={4}>还要由工作人员核对</Heading>
          <View className='result-card__remaining' {...a11y({ role: 'list', label: '还要由工作人员核对' })}>
            {program.remaining.map((item) => (
              <View key={item} className='result-card__remaining-item' {...a11y({ role: 'listitem' })}>
                <Text>· {item}</Text>
              </View>
            ))}
          </View>
        </>
      ) : null}

      {unverified.length > 0 ? (
        <View className='result-card__reference'>
          {unverified.map((figure) => (
            <Text key={figure.text} className='muted result-card__reference-item'>
              <Text className='reference-mark'>参考值</Text> {figure.text}：还没有找到山西的官方数字，先按参考值测算。
            </Text>
          ))}
        </View>
      ) : null}

      <View className='result-card__policy'>
        <NavCell
          title='了解政策'
          description={`看看${PROGRAM_NAMES[program.program]}的政策说明`}
          onOpen={() => openRoute(programmePolicyRoute(program.program))}
        />
      </View>
    </View>
  )
}
