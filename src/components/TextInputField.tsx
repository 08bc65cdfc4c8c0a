import { View, Text, Input } from '@tarojs/components'
import { a11y } from '@/lib/a11y'
import { isH5 } from '@/lib/platform'
import './TextInputField.css'

export interface TextInputFieldProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string
  error?: string
  maxlength?: number
  type?: 'text' | 'number' | 'idcard'
}

/**
 * A single-line text input with a visible label, a hint and an error written as text (role alert). On H5 the
 * label and the error reach the inner <input> through nativeProps; on weapp through aria-label.
 */
export function TextInputField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  maxlength,
  type = 'text',
}: TextInputFieldProps) {
  const name = [label, hint].filter(Boolean).join('，')
  return (
    <View className={`ui-textfield ${error ? 'has-error' : ''}`}>
      <Text className='ui-textfield__label' id={`${id}-label`} {...a11y({ hidden: true })}>
        {label}
      </Text>
      {hint ? <Text className='ui-textfield__hint'>{hint}</Text> : null}
      <Input
        className='ui-textfield__input'
        value={value}
        type={type}
        maxlength={maxlength}
        onInput={(e) => onChange(String(e.detail.value ?? ''))}
        {...(isH5
          ? {
              nativeProps: {
                id,
                'aria-label': name,
                'aria-invalid': error ? 'true' : 'false',
                'aria-describedby': error ? `${id}-error` : undefined,
              },
            }
          : a11y({ label: error ? `${name}，${error}` : name }))}
      />
      {error ? (
        <Text id={`${id}-error`} className='ui-textfield__error' {...a11y({ role: 'alert' })}>
          {error}
        </Text>
      ) : null}
    </View>
  )
}
