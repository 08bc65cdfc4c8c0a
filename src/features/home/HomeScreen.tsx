import { View, Text } from '@tarojs/components'
import { Page } from '@/components/Page'
import { Heading } from '@/components/Heading'
import { Switch } from '@/components/Switch'
import { a11y, interactiveProps } from '@/lib/a11y'
import { openRoute } from '@/lib/navigation'
import { SERVICE_HOTLINE } from '@/lib/serviceContacts'
import { useSettingsStore } from '@/stores/settingsStore'
import { HOME_ENTRIES } from './homeEntries'
import { HotlineCard } from './HotlineCard'
import './HomeScreen.css'

export function HomeScreen() {
  const elderMode = useSettingsStore((s) => s.elderMode)
  const setElderMode = useSettingsStore((s) => s.setElderMode)
  return (
    <Page title='社会救助服务' hideTitle>
      <View className='home-hero'>
        <Text className='home-hero__title' {...a11y({ hidden: true })}>
          社会救助服务
        </Text>
        <Text className='home-hero__subtitle'>困难群众救助，一次申请、分类审核</Text>
        <Text className='home-hero__demo'>演示版：数据都是模拟的，不是官方平台</Text>
      </View>

      <View className='home-entries' {...a11y({ role: 'list', label: '办事入口' })}>
        {HOME_ENTRIES.map((entry) => {
          const open = () => openRoute(entry.route)
          return (
            <View key={entry.id} className='home-entry__item' {...a11y({ role: 'listitem' })}>
              <View
                className='home-entry'
                onClick={open}
                {...a11y({ role: 'link', label: `${entry.title}：${entry.description}` })}
                {...interactiveProps(open)}
              >
                <Text className='home-entry__title' {...a11y({ hidden: true })}>
                  {entry.title}
                </Text>
                {elderMode ? null : (
                  <Text className='home-entry__description' {...a11y({ hidden: true })}>
                    {entry.description}
                  </Text>
                )}
              </View>
            </View>
          )
        })}
      </View>

      <View className='card'>
        <Switch label='长辈版' description='字更大、按钮更大、页面更简单' checked={elderMode} onChange={setElderMode} />
      </View>

      <Heading level={2}>遇到困难，可以这样求助</Heading>
      <HotlineCard contact={SERVICE_HOTLINE} />
    </Page>
  )
}
