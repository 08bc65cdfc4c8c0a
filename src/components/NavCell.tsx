import { View, Text } from '@tarojs/components'
import { a11y, interactiveProps } from '@/lib/a11y'
import './ListRow.css'
import './NavCell.css'

export interface NavCellProps {
  title: string
  description?: string
  onOpen: () => void
  /** Extra text on the right, e.g. a count or a status. */
  value?: string
}

/** A full-width row that opens another page: a link with a large target and a visible chevron. */
export function NavCell({ title, description, onOpen, value }: NavCellProps) {
  const name = [title, value, description].filter(Boolean).join('，')
  return (
    <View
      className='ui-row ui-navcell'
      onClick={onOpen}
      {...a11y({ role: 'link', label: name })}
      {...interactiveProps(onOpen)}
    >
      <View className='ui-row__text' {...a11y({ hidden: true })}>
        <Text className='ui-row__title'>{title}</Text>
        {description ? <Text className='ui-row__description'>{description}</Text> : null}
      </View>
      {value ? (
        <Text className='ui-navcell__value' {...a11y({ hidden: true })}>
          {value}
        </Text>
      ) : null}
      <Text className='ui-navcell__chevron' {...a11y({ hidden: true })}>
        ›
      </Text>
    </View>
  )
}
