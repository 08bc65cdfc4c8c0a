import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from '@/lib/a11y'
import './Heading.css'

export interface HeadingProps {
  level: 1 | 2 | 3 | 4
  children: ReactNode
  className?: string
  id?: string
}

/** A heading that screen readers announce with its level on both targets. */
export function Heading({ level, children, className, id }: HeadingProps) {
  return (
    <View
      {...(id ? { id } : {})}
      className={`ui-heading ui-heading--${level} ${className ?? ''}`}
      {...a11y({ role: 'heading', level })}
    >
      {children}
    </View>
  )
}
