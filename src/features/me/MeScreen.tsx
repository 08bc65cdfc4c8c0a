import { View } from '@tarojs/components'
import { Page } from '@/components/Page'
import { NavCell } from '@/components/NavCell'
import { Switch } from '@/components/Switch'
import { openRoute } from '@/lib/navigation'
import { ROUTES } from '@/lib/routes'
import { useSettingsStore } from '@/stores/settingsStore'

export function MeScreen() {
  const elderMode = useSettingsStore((s) => s.elderMode)
  const setElderMode = useSettingsStore((s) => s.setElderMode)
  return (
    <Page title='我的'>
      <View className='card' style={{ padding: 0 }}>
        <Switch label='长辈版' description='字更大、按钮更大' checked={elderMode} onChange={setElderMode} />
        <NavCell title='设置' description='长辈版、字体大小' onOpen={() => openRoute(ROUTES.settings)} />
        <NavCell
          title='我的数据'
          description='手机上存了什么、复制、删除、撤回同意'
          onOpen={() => openRoute(ROUTES.myData)}
        />
        <NavCell
          title='个人信息处理规则'
          description='用哪些信息、保存多久、你的权利'
          onOpen={() => openRoute(ROUTES.privacyRules)}
        />
        <NavCell title='关于本服务' description='服务说明、求助热线' onOpen={() => openRoute(ROUTES.about)} />
      </View>
    </Page>
  )
}
