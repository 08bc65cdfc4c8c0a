import { View, Text, Input } from '@tarojs/components'
import { a11y } from '@/lib/a11y'
import { isWeapp } from '@/lib/platform'
import { FieldFrame, fieldDescriptionIds, type TextEntryProps } from './FieldFrame'
import './TextField.css'

export interface TextFieldProps extends TextEntryProps {
  /**
   * Keyboard to show on phones. 'decimal' keeps full-width digits, commas and 元 typeable on H5;
   * 'idcard' is WeChat's ID-number keyboard (digits and X) and a plain text input on H5.
   */
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'idcard'
  /** A unit after the input, e.g. 元. */
  suffix?: string
}

const WEAPP_INPUT_TYPE = { text: 'text', decimal: 'digit', numeric: 'number', tel: 'number', idcard: 'idcard' } as const

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
  const { hintId, errorId } = fieldDescriptionIds(id)
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ')
  const name = optional ? `${label}（选填）` : label
  // weapp: a digit keyboard for numbers; H5: a text input with inputmode, so "1,234.5" and "１２" can be typed.
  const type = isWeapp ? WEAPP_INPUT_TYPE[inputMode] : 'text'
  const htmlInputMode = inputMode === 'idcard' ? 'text' : inputMode
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
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
            inputMode: htmlInputMode,
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
    </FieldFrame>
  )
}
