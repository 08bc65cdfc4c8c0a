import { View, Text } from '@tarojs/components'
import { a11y } from '@/lib/a11y'
import { isH5 } from '@/lib/platform'
import './ChoiceGroup.css'

export interface ChoiceOption<T extends string> {
  value: T
  label: string
  description?: string
}

interface CommonProps<T extends string> {
  /** Unique on the page: option ids are built from it. */
  id: string
  /** The question, visible above the options and the group's accessible name. */
  label: string
  options: readonly ChoiceOption<T>[]
  hint?: string
  error?: string | null
  /** Lay the options out in a row (for short labels such as 是 / 否). */
  inline?: boolean
}

export interface RadioChoiceProps<T extends string> extends CommonProps<T> {
  multiple?: false
  /** null: nothing chosen yet. */
  value: T | null
  onChange: (value: T) => void
}

export interface CheckboxChoiceProps<T extends string> extends CommonProps<T> {
  multiple: true
  value: readonly T[]
  onChange: (value: T[]) => void
}

export type ChoiceGroupProps<T extends string> = RadioChoiceProps<T> | CheckboxChoiceProps<T>

const focusOption = (id: string) => {
  if (!isH5) return
  const el = document.getElementById(id)
  if (el) el.focus()
}

/**
 * A question with large tappable options: a radio group (one answer) or a checkbox group (several answers).
 * The chosen state is written as a ✓ mark and 已选, not shown by colour alone.
 * Keyboard (H5): radio — Tab into the group, arrow keys move and choose, Space/Enter choose;
 * checkbox — Tab to each option, Space/Enter toggle.
 */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const { id, label, options, hint, error, inline = false } = props
  const isChosen = (value: T) => (props.multiple ? props.value.includes(value) : props.value === value)
  const choose = (value: T) => {
    if (props.multiple) {
      const next = props.value.includes(value) ? props.value.filter((v) => v !== value) : [...props.value, value]
      props.onChange(options.map((o) => o.value).filter((v) => next.includes(v)))
    } else {
      props.onChange(value)
    }
  }
  const selectedIndex = props.multiple ? -1 : options.findIndex((o) => o.value === props.value)
  const optionId = (index: number) => `${id}-option-${index}`
  const hintId = `${id}-hint`
  const errorId = `${id}-error`

  const onKeyDown = (index: number) => (event: { key?: string; preventDefault?: () => void }) => {
    const key = event.key
    if (key === 'Enter' || key === ' ' || key === 'Spacebar') {
      event.preventDefault?.()
      choose(options[index].value)
      return
    }
    if (props.multiple) return
    const step = key === 'ArrowDown' || key === 'ArrowRight' ? 1 : key === 'ArrowUp' || key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    event.preventDefault?.()
    const next = (index + step + options.length) % options.length
    choose(options[next].value)
    focusOption(optionId(next))
  }

  return (
    <View
      className={`ui-choice ${error ? 'has-error' : ''}`}
      {...a11y({ role: props.multiple ? 'group' : 'radiogroup', label })}
      {...(isH5
        ? { 'aria-describedby': [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined }
        : {})}
    >
      <Text className='ui-choice__label' {...a11y({ hidden: true })}>
        {label}
      </Text>
      {hint ? (
        <Text className='ui-choice__hint' id={hintId}>
          {hint}
        </Text>
      ) : null}
      <View className={`ui-choice__options ${inline ? 'is-inline' : ''}`}>
        {options.map((option, index) => {
          const chosen = isChosen(option.value)
          // Roving tab stop for radios: the chosen option (or the first one) is the group's only tab stop.
          const tabStop = props.multiple || index === (selectedIndex >= 0 ? selectedIndex : 0)
          const name = option.description ? `${option.label}，${option.description}` : option.label
          return (
            <View
              key={option.value}
              id={optionId(index)}
              className={`ui-choice__option ${chosen ? 'is-chosen' : ''}`}
              onClick={() => choose(option.value)}
              {...a11y({ role: props.multiple ? 'checkbox' : 'radio', checked: chosen, label: name })}
              {...(isH5 ? { tabIndex: tabStop ? 0 : -1, onKeyDown: onKeyDown(index) } : {})}
            >
              <Text className='ui-choice__mark' {...a11y({ hidden: true })}>
                {chosen ? '✓' : ''}
              </Text>
              <View className='ui-choice__text' {...a11y({ hidden: true })}>
                <Text className='ui-choice__option-label'>{option.label}</Text>
                {option.description ? <Text className='ui-choice__description'>{option.description}</Text> : null}
              </View>
            </View>
          )
        })}
      </View>
      {error ? (
        <View className='ui-choice__error' id={errorId} {...a11y({ role: 'alert' })}>
          <Text>⚠ {error}</Text>
        </View>
      ) : null}
    </View>
  )
}
