import { View, Text, Picker } from '@tarojs/components'
import { a11y } from '@/lib/a11y'
import { isH5 } from '@/lib/platform'
import './SelectField.css'

export interface SelectOption {
  value: string
  label: string
}

interface CommonProps {
  /** Unique on the page. */
  id: string
  /** Visible above the control and part of its accessible name. */
  label: string
  hint?: string
  error?: string | null
  /** Shown when nothing is chosen yet. */
  placeholder?: string
  disabled?: boolean
}

export interface SelectorFieldProps extends CommonProps {
  mode: 'selector'
  options: readonly SelectOption[]
  /** The chosen option's value, or null. */
  value: string | null
  onChange: (value: string) => void
}

export interface DateFieldProps extends CommonProps {
  mode: 'date'
  /** YYYY-MM-DD or null. */
  value: string | null
  onChange: (value: string) => void
  /** Earliest and latest selectable dates, YYYY-MM-DD. */
  start: string
  end: string
  /** Where the wheel starts when nothing is chosen yet (e.g. 1960-01-01 for birth dates). */
  initial: string
}

export type SelectFieldProps = SelectorFieldProps | DateFieldProps

/** "1958-03-02" → "1958年3月2日". */
export function formatChineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

const pad2 = (n: number) => String(n).padStart(2, '0')

function clampDate(iso: string, start: string, end: string): string {
  return iso < start ? start : iso > end ? end : iso
}

/** Moves a date by whole years, keeping month and day (29 Feb → 28 Feb in a common year). */
function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number)
  const year = y + years
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate()
  return `${year}-${pad2(m)}-${pad2(Math.min(d, lastDay))}`
}

/**
 * A Taro Picker (selector or date) with a visible label and the chosen value written out as text.
 * Tap (or Enter / Space) opens the wheel. On H5 the wheel cannot be used with a keyboard, so the field
 * itself also takes arrow keys: ↑/↓ step through the options (date: one year), PageUp/PageDown ten years.
 */
export function SelectField(props: SelectFieldProps) {
  const { id, label, hint, error, placeholder = '请选择', disabled = false } = props
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const shown =
    props.mode === 'selector'
      ? (props.options.find((o) => o.value === props.value)?.label ?? null)
      : props.value
        ? formatChineseDate(props.value)
        : null

  const step = (delta: number) => {
    if (props.mode === 'selector') {
      if (props.options.length === 0) return
      const index = props.options.findIndex((o) => o.value === props.value)
      const next = index < 0 ? (delta > 0 ? 0 : props.options.length - 1) : index + delta
      const bounded = Math.max(0, Math.min(props.options.length - 1, next))
      props.onChange(props.options[bounded].value)
    } else {
      const from = props.value ?? props.initial
      props.onChange(clampDate(props.value ? addYears(from, delta) : from, props.start, props.end))
    }
  }

  const open = (target: unknown) => {
    // The Picker opens on a click of its own wrapper; a click on the trigger bubbles there.
    const el = target as { click?: () => void } | null
    el?.click?.()
  }

  const onKeyDown = (event: {
    key?: string
    preventDefault?: () => void
    currentTarget?: unknown
    target?: unknown
  }) => {
    if (disabled) return
    const key = event.key
    const deltas: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }
    if (key && key in deltas) {
      event.preventDefault?.()
      step(deltas[key])
    } else if (key === 'Enter' || key === ' ' || key === 'Spacebar') {
      event.preventDefault?.()
      open(event.currentTarget ?? event.target)
    }
  }

  const name = `${label}：${shown ?? placeholder}`
  const trigger = (
    <View
      className={`ui-select__trigger ${disabled ? 'is-disabled' : ''}`}
      {...a11y({ role: 'button', label: name, disabled })}
      {...(isH5
        ? {
            tabIndex: disabled ? -1 : 0,
            onKeyDown,
            'aria-describedby': [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined,
          }
        : {})}
    >
      <Text className={`ui-select__value ${shown ? '' : 'is-placeholder'}`} {...a11y({ hidden: true })}>
        {shown ?? placeholder}
      </Text>
      <Text className='ui-select__chevron' {...a11y({ hidden: true })}>
        ▾
      </Text>
    </View>
  )

  return (
    <View className={`ui-select ${error ? 'has-error' : ''}`}>
      <Text className='ui-select__label' {...a11y({ hidden: true })}>
        {label}
      </Text>
      {hint ? (
        <Text className='ui-select__hint' id={hintId}>
          {hint}
        </Text>
      ) : null}
      {props.mode === 'selector' ? (
        <Picker
          mode='selector'
          disabled={disabled}
          range={props.options.map((o) => o.label)}
          value={Math.max(
            0,
            props.options.findIndex((o) => o.value === props.value),
          )}
          onChange={(e) => {
            const option = props.options[Number(e.detail.value)]
            if (option) props.onChange(option.value)
          }}
        >
          {trigger}
        </Picker>
      ) : (
        <Picker
          mode='date'
          disabled={disabled}
          start={props.start}
          end={props.end}
          value={props.value ?? props.initial}
          onChange={(e) => props.onChange(String(e.detail.value))}
        >
          {trigger}
        </Picker>
      )}
      {error ? (
        <View className='ui-select__error' id={errorId} {...a11y({ role: 'alert' })}>
          <Text>⚠ {error}</Text>
        </View>
      ) : null}
    </View>
  )
}
