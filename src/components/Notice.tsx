import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from '@/lib/a11y'
import './Notice.css'

export interface NoticeProps {
  tone?: 'info' | 'warning' | 'success' | 'danger'
  title?: string
  children: ReactNode
  /** Announce changes to screen readers (for status that changes while the user is on the page). */
  live?: boolean
}

const TONE_LABEL = { info: '提示', warning: '注意', success: '完成', danger: '出错了' } as const

/** A boxed message. The tone is also written as a word, never shown by colour alone. */
export function Notice({ tone = 'info', title, children, live = false }: NoticeProps) {
  return (
    <View
      className={`ui-notice ui-notice--${tone}`}
      {...a11y({ role: live ? (tone === 'danger' ? 'alert' : 'status') : 'note', live: live ? 'polite' : undefined })}
    >
      <Text className='ui-notice__title'>{title ?? TONE_LABEL[tone]}</Text>
      <View className='ui-notice__body'>{children}</View>
    </View>
  )
}
