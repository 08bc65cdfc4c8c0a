import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y, interactiveProps } from '@/lib/a11y'
import './Button.css'

export interface ButtonProps {
  children: ReactNode
  onPress: () => void
  variant?: 'primary' | 'secondary' | 'plain' | 'danger'
  disabled?: boolean
  /** Shown instead of the children while an action is running; the button is then disabled. */
  busyText?: string
  busy?: boolean
  /** A name for screen readers when the visible text is not enough. */
  label?: string
  block?: boolean
  className?: string
}

/** A button with a real role, a name, a tab stop and Enter/Space activation on H5, and aria-role on weapp. */
export function Button({
  children,
  onPress,
  variant = 'primary',
  disabled = false,
  busy = false,
  busyText,
  label,
  block = false,
  className,
}: ButtonProps) {
  const inactive = disabled || busy
  const press = () => {
    if (!inactive) onPress()
  }
  const classes = [
    'ui-button',
    `ui-button--${variant}`,
    block ? 'ui-button--block' : '',
    inactive ? 'is-disabled' : '',
    className ?? '',
  ]
  return (
    <View
      className={classes.filter(Boolean).join(' ')}
      onClick={press}
      {...a11y({ role: 'button', label, disabled: inactive })}
      {...interactiveProps(press, inactive)}
    >
      <Text className='ui-button__text'>{busy && busyText ? busyText : children}</Text>
    </View>
  )
}
