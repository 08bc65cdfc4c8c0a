import { View, Text } from '@tarojs/components'
import { a11y } from '@/lib/a11y'
import './LoadingSkeleton.css'

export interface LoadingSkeletonProps {
  /** What a screen reader hears while the content loads. */
  text?: string
  /** How many grey blocks stand in for the content (cards or paragraphs). */
  blocks?: number
  /** 'card' draws each block as a card with a title and two lines; 'lines' draws plain text lines. */
  shape?: 'card' | 'lines'
}

/**
 * Grey placeholders where content is about to appear. The container is aria-busy and a visually hidden
 * "正在读取…" is announced politely. The blocks pulse only when the person has not asked for reduced
 * motion, and never in 长辈版 (see LoadingSkeleton.css).
 */
export function LoadingSkeleton({ text = '正在读取…', blocks = 3, shape = 'card' }: LoadingSkeletonProps) {
  const items = Array.from({ length: Math.max(1, blocks) }, (_, i) => i)
  return (
    <View className={`ui-skeleton ui-skeleton--${shape}`} {...a11y({ busy: true })}>
      <Text className='visually-hidden' {...a11y({ role: 'status', live: 'polite' })}>
        {text}
      </Text>
      <View className='ui-skeleton__blocks' {...a11y({ hidden: true })}>
        {items.map((i) =>
          shape === 'card' ? (
            <View key={i} className='ui-skeleton__card'>
              <View className='ui-skeleton__block ui-skeleton__block--title' />
              <View className='ui-skeleton__block' />
              <View className='ui-skeleton__block ui-skeleton__block--short' />
            </View>
          ) : (
            <View key={i} className={`ui-skeleton__block ${i % 3 === 2 ? 'ui-skeleton__block--short' : ''}`} />
          ),
        )}
      </View>
    </View>
  )
}
