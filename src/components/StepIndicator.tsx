import { View, Text } from '@tarojs/components'
import { a11y } from '@/lib/a11y'
import './StepIndicator.css'

export interface StepIndicatorProps {
  /** 1-based. */
  current: number
  /** One short name per step; their count is the number of steps. */
  steps: readonly string[]
}

/**
 * "第 2 步，共 4 步" with the step's name, and a row of step marks where the current one has
 * aria-current="step". Done steps are marked with ✓ as text, not by colour alone.
 */
export function StepIndicator({ current, steps }: StepIndicatorProps) {
  const total = steps.length
  return (
    <View className='ui-steps'>
      <Text className='ui-steps__text'>
        第 {current} 步，共 {total} 步：{steps[current - 1]}
      </Text>
      <View className='ui-steps__list' {...a11y({ role: 'list', label: '步骤' })}>
        {steps.map((name, index) => {
          const number = index + 1
          const state = number < current ? 'done' : number === current ? 'current' : 'todo'
          const stateText = state === 'done' ? '已完成' : state === 'current' ? '当前' : '未开始'
          return (
            <View
              key={name}
              className={`ui-steps__item is-${state}`}
              {...a11y({
                role: 'listitem',
                label: `第 ${number} 步 ${name}，${stateText}`,
                current: state === 'current' ? 'step' : undefined,
              })}
            >
              <Text className='ui-steps__mark' {...a11y({ hidden: true })}>
                {state === 'done' ? '✓' : number}
              </Text>
              <Text className='ui-steps__name' {...a11y({ hidden: true })}>
                {name}
              </Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
