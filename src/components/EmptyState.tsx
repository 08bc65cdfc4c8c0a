import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from '@/lib/a11y'
import { Button } from './Button'
import './EmptyState.css'

export interface EmptyStateProps {
  /** Says what is not there yet, e.g. "还没有消息". */
  title: string
  /** A plain explanation: why it is empty and what will appear here, or what to do. */
  children: ReactNode
  /** One thing the person can do about it. */
  action?: { label: string; onPress: () => void }
  /**
   * Set when the empty state stands where a list would be: it gets role status, so a list that becomes
   * empty while the person is on the page is announced.
   */
  replacesList?: boolean
}

/** What a screen shows when there is nothing to list yet: a title, a plain explanation, maybe one action. */
export function EmptyState({ title, children, action, replacesList = false }: EmptyStateProps) {
  return (
    <View className='ui-empty' {...a11y({ role: replacesList ? 'status' : undefined })}>
      <Text className='ui-empty__title'>{title}</Text>
      <View className='ui-empty__body'>{children}</View>
      {action ? (
        <View className='ui-empty__action'>
          <Button variant='secondary' onPress={action.onPress}>
            {action.label}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
