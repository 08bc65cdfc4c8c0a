import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from '@/lib/a11y'

/** The props every text entry field (TextField, TextAreaField) takes. */
export interface TextEntryProps {
  /** Unique on the page: links the label, hint and error to the control on H5. */
  id: string
  /** Always visible above the control, and its accessible name. */
  label: string
  /** Exactly what the person typed: the field never rewrites it. */
  value: string
  onChange: (text: string) => void
  hint?: string
  /** Shown as text under the control with role alert (never colour alone); the typed text stays. */
  error?: string | null
  placeholder?: string
  maxLength?: number
  /** Adds "（选填）" after the label. */
  optional?: boolean
  onBlur?: () => void
}

export interface FieldFrameProps {
  id: string
  label: string
  hint?: string
  error?: string | null
  optional?: boolean
  /** Extra class on the field, e.g. 'ui-textarea'. */
  className?: string
  /** The control and anything that goes between it and the error (e.g. a character count). */
  children: ReactNode
}

/** Ids that link a field's hint and error to its control (aria-describedby). */
export function fieldDescriptionIds(id: string) {
  return { hintId: `${id}-hint`, errorId: `${id}-error` }
}

/**
 * What every text field shares: the visible label (with "（选填）"), the hint, and the error written as text
 * with role alert. The control itself is the caller's (TextField, TextAreaField).
 */
export function FieldFrame({ id, label, hint, error, optional = false, className, children }: FieldFrameProps) {
  const { hintId, errorId } = fieldDescriptionIds(id)
  return (
    <View className={['ui-field', className ?? '', error ? 'has-error' : ''].filter(Boolean).join(' ')}>
      <Text className='ui-field__label' id={`${id}-label`}>
        {label}
        {optional ? <Text className='ui-field__optional'>（选填）</Text> : null}
      </Text>
      {hint ? (
        <Text className='ui-field__hint' id={hintId}>
          {hint}
        </Text>
      ) : null}
      {children}
      {error ? (
        <View className='ui-field__error' id={errorId} {...a11y({ role: 'alert' })}>
          <Text>⚠ {error}</Text>
        </View>
      ) : null}
    </View>
  )
}
