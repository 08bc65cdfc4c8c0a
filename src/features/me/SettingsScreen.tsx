import { View, Text } from '@tarojs/components'
import { Page } from '@/components/Page'
import { Heading } from '@/components/Heading'
import { Switch } from '@/components/Switch'
import { a11y, interactiveProps } from '@/lib/a11y'
import { FONT_SCALE_STEPS } from '@/lib/fontScale'
import { useSettingsStore } from '@/stores/settingsStore'
import './SettingsScreen.css'

const STEP_NAMES: Record<number, string> = { 1: '标准', 1.15: '大', 1.3: '较大', 1.5: '很大', 1.75: '特大', 2: '最大' }

export function SettingsScreen() {
  const { elderMode, fontScale, setElderMode, setFontScale } = useSettingsStore()
  return (
    <Page title='设置'>
      <View className='card' style={{ padding: 0 }}>
        <Switch
          label='长辈版'
          description='字更大、按钮更大、首页更简单，不弹窗'
          checked={elderMode}
          onChange={setElderMode}
        />
      </View>

      <Heading level={2} id='font-size-heading'>
        字体大小
      </Heading>
      <Text className='muted'>会在微信“字体大小”设置的基础上再放大。</Text>
      <View className='settings-scale' {...a11y({ role: 'radiogroup', label: '字体大小' })}>
        {FONT_SCALE_STEPS.map((step) => {
          const selected = Math.abs(step - fontScale) < 0.001
          const choose = () => setFontScale(step)
          return (
            <View
              key={step}
              className={`settings-scale__option ${selected ? 'is-selected' : ''}`}
              onClick={choose}
              {...a11y({ role: 'radio', checked: selected, label: STEP_NAMES[step] })}
              {...interactiveProps(choose)}
            >
              <Text {...a11y({ hidden: true })}>
                {selected ? '✓ ' : ''}
                {STEP_NAMES[step]}
              </Text>
            </View>
          )
        })}
      </View>
      <View className='card'>
        <Text className='text-body'>预览：山西省困难群众可以在这里申请最低生活保障。</Text>
      </View>
    </Page>
  )
}
