import { isWeapp } from './platform'

/**
 * Accessibility attributes for the current target. On H5 Taro passes `role`/`aria-*` to the DOM; on weapp
 * WeChat reads `aria-role`/`aria-label`, which reach the template only because config/index.ts declares
 * them through @tarojs/plugin-inject.
 */
export type A11yRole =
  | 'button'
  | 'link'
  | 'heading'
  | 'switch'
  | 'checkbox'
  | 'radio'
  | 'radiogroup'
  | 'group'
  | 'list'
  | 'listitem'
  | 'main'
  | 'navigation'
  | 'region'
  | 'search'
  | 'status'
  | 'alert'
  | 'img'
  | 'progressbar'
  | 'dialog'
  | 'textbox'
  | 'combobox'
  | 'note'
  | 'tablist'
  | 'tab'
  | 'table'
  | 'row'
  | 'cell'
  | 'columnheader'

export interface A11yOptions {
  role?: A11yRole
  label?: string
  level?: number
  checked?: boolean
  disabled?: boolean
  selected?: boolean
  expanded?: boolean
  current?: 'step' | 'page' | 'true'
  live?: 'polite' | 'assertive'
  hidden?: boolean
  /** The element's content is still loading (aria-busy). */
  busy?: boolean
  valueNow?: number
  valueMin?: number
  valueMax?: number
}

export type A11yAttributes = Record<string, string | number | boolean>

export function a11y(options: A11yOptions): A11yAttributes {
  const attrs: A11yAttributes = {}
  if (options.role) attrs[isWeapp ? 'aria-role' : 'role'] = options.role
  if (options.label !== undefined) attrs['aria-label'] = options.label
  if (options.level !== undefined) attrs['aria-level'] = options.level
  if (options.checked !== undefined) attrs['aria-checked'] = options.checked ? 'true' : 'false'
  if (options.disabled) attrs['aria-disabled'] = 'true'
  if (options.selected !== undefined) attrs['aria-selected'] = options.selected ? 'true' : 'false'
  if (options.expanded !== undefined) attrs['aria-expanded'] = options.expanded ? 'true' : 'false'
  if (options.current) attrs['aria-current'] = options.current
  if (options.live) attrs['aria-live'] = options.live
  if (options.hidden) attrs['aria-hidden'] = 'true'
  if (options.busy) attrs['aria-busy'] = 'true'
  if (options.valueNow !== undefined) attrs['aria-valuenow'] = options.valueNow
  if (options.valueMin !== undefined) attrs['aria-valuemin'] = options.valueMin
  if (options.valueMax !== undefined) attrs['aria-valuemax'] = options.valueMax
  return attrs
}

/** Keyboard activation for elements that act as buttons: Enter and Space, as a native button does. */
export function activationKeyHandler(activate: () => void) {
  return (event: { key?: string; preventDefault?: () => void }) => {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault?.()
      activate()
    }
  }
}

/** Props that make a View focusable and operable by keyboard on H5 (ignored on weapp). */
export function interactiveProps(activate: () => void, disabled = false): Record<string, unknown> {
  if (isWeapp) return {}
  return { tabIndex: disabled ? -1 : 0, onKeyDown: disabled ? undefined : activationKeyHandler(activate) }
}
