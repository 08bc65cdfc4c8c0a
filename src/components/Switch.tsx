import { View, Text } from '@tarojs/components'
import { a11y, interactiveProps } from '@/lib/a11y'
import './ListRow.css'
import './Switch.css'

export interface SwitchProps {
  label: string
  description?: string
  checked: boolean
  onChange: (checked: boolean) => void
}

/** An on/off switch with its state written as 开/关 next to it, so colour is never the only cue. */
export function Switch({ label, description, checked, onChange }: SwitchProps) {
  const toggle = () => onChange(!checked)
  return (
    <View
      className='ui-row ui-switch'
      onClick={toggle}
      {...a11y({ role: 'switch', label, checked })}
      {...interactiveProps(toggle)}
    >
      <View className='ui-row__text' {...a11y({ hidden: true })}>
        <Text className='ui-row__title'>{label}</Text>
        {description ? <Text className='ui-row__description'>{description}</Text> : null}
      </View>
      <View className={`ui-switch__track ${checked ? 'is-on' : ''}`} {...a11y({ hidden: true })}>
        <Text className='ui-switch__state'>{checked ? '开' : '关'}</Text>
        <View className='ui-switch__thumb' />
      </View>
    </View>
  )
}
