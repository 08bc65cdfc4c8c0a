import { View, Text, Textarea } from '@tarojs/components'
import { a11y } from '@/lib/a11y'
import { codePointLength } from '@/domain/textLength'
import { FieldFrame, fieldDescriptionIds, type TextEntryProps } from './FieldFrame'
import './TextField.css'
import './TextAreaField.css'

export interface TextAreaFieldProps extends TextEntryProps {
  /** The most characters (code points, so a rare character counts once) the answer should have. */
  maxLength?: number
}

/**
 * A labelled multi-line text input with a hint, a character count and an error message. It shares
 * TextField's look (ui-field classes). Going over maxLength is said in words, not cut off: the screen's
 * validation decides whether the answer can be sent.
 */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  placeholder,
  maxLength = 200,
  optional = false,
  onBlur,
}: TextAreaFieldProps) {
  const { hintId, errorId } = fieldDescriptionIds(id)
  const countId = `${id}-count`
  const describedBy = [hint ? hintId : '', countId, error ? errorId : ''].filter(Boolean).join(' ')
  const name = optional ? `${label}（选填）` : label
  const count = codePointLength(value)
  const over = count - maxLength
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} className='ui-textarea'>
      <View className='ui-field__control ui-textarea__control'>
        <Textarea
          className='ui-textarea__input'
          value={value}
          placeholder={placeholder}
          // A hard stop well past the limit (a character is at most two UTF-16 units), so a rare character
          // never makes the box refuse typing before the count says the limit is reached.
          maxlength={maxLength * 2}
          autoHeight
          onInput={(e) => onChange(e.detail.value)}
          onBlur={onBlur}
          aria-label={name}
          nativeProps={{
            id,
            'aria-label': name,
            'aria-describedby': describedBy,
            ...(error || over > 0 ? { 'aria-invalid': 'true' } : {}),
          }}
        />
      </View>
      <Text className={`ui-textarea__count ${over > 0 ? 'is-over' : ''}`} id={countId}>
        {over > 0 ? `已写 ${count} 字，多了 ${over} 字，请删掉一些` : `已写 ${count} 字，最多 ${maxLength} 字`}
      </Text>
      {/* Always there, so a screen reader hears it once it fills: live regions added with text are often missed. */}
      <Text className='visually-hidden' {...a11y({ role: 'status', live: 'polite' })}>
        {over > 0 ? `${label}多了 ${over} 字` : ''}
      </Text>
    </FieldFrame>
  )
}
