import { View, Text, Input } from '@tarojs/components'
import { a11y } from '@/lib/a11y'
import { isWeapp } from '@/lib/platform'
import './TextField.css'

export interface TextFieldProps {
  /** Unique on the page: links the label, hint and error to the input on H5. */
  id: string
  /** Always visible above the input, and the input's accessible name. */
  label: string
  /** Exactly what the person typed: the field never rewrites it. */
  value: string
  onChange: (text: string) => void
  hint?: string
  /** Shown as text under the input with role alert (never colour alone); the typed text stays. */
  error?: string | null
  /** Keyboard to show on phones. 'decimal' keeps full-width digits, commas and 元 typeable on H5. */
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel'
  /** A unit after the input, e.g. 元. */
  suffix?: string
  placeholder?: string
  maxLength?: number
  /** Adds "（选填）" after the label. */
  optional?: boolean
  onBlur?: () => void
}

/** A labelled text input with a hint and an error message. */
export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  inputMode = 'text',
  suffix,
  placeholder,
  maxLength = 40,
  optional = false,
  onBlur,
}: TextFieldProps) {
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ')
  const name = optional ? `${label}（选填）` : label
  // weapp: a digit keyboard for numbers; H5: a text input with inputmode, so "1,234.5" and "１２" can be typed.
  const type = isWeapp && inputMode !== 'text' ? (inputMode === 'decimal' ? 'digit' : 'number') : 'text'
  return (
    <View className={`ui-field ${error ? 'has-error' : ''}`}>
      <Text className='ui-field__label' id={`${id}-label`}>
        {label}
        {optional ? <Text className='ui-field__optional'>（选填）</Text> : null}
      </Text>
      {hint ? (
        <Text className='ui-field__hint' id={hintId}>
          {hint}
        </Text>
      ) : null}
      <View className='ui-field__control'>
        <Input
          className='ui-field__input'
          type={type}
          value={value}
          placeholder={placeholder}
          maxlength={maxLength}
          onInput={(e) => onChange(e.detail.value)}
          onBlur={onBlur}
          aria-label={name}
          nativeProps={{
            id,
            'aria-label': name,
            inputMode,
            autoComplete: 'off',
            ...(describedBy ? { 'aria-describedby': describedBy } : {}),
            ...(error ? { 'aria-invalid': 'true' } : {}),
          }}
        />
        {suffix ? (
          <Text className='ui-field__suffix' {...a11y({ hidden: true })}>
            {suffix}
          </Text>
        ) : null}
      </View>
      {error ? (
        <View className='ui-field__error' id={errorId} {...a11y({ role: 'alert' })}>
          <Text>⚠ {error}</Text>
        </View>
      ) : null}
    </View>
  )
}
