import { View } from '@tarojs/components'
import { Page } from '@/components/Page'
import { NavCell } from '@/components/NavCell'
import { Switch } from '@/components/Switch'
import { openRoute } from '@/lib/navigation'
import { ROUTES } from '@/lib/routes'
import { useServiceResult } from '@/lib/useServiceResult'
import { getServices } from '@/services/serviceRegistry'
import { useSettingsStore } from '@/stores/settingsStore'
import './MeScreen.css'

const DEMO_MODE = process.env.TARO_APP_DEMO === 'on'

export function MeScreen({ refreshKey = 0 }: { refreshKey?: number }) {
  const elderMode = useSettingsStore((s) => s.elderMode)
  const setElderMode = useSettingsStore((s) => s.setElderMode)
  const unread = useServiceResult(() => getServices().messages.unreadCount(), refreshKey).result
  const count = unread.state === 'ready' ? unread.value : 0
  return (
    <Page title='我的'>
      <View className='card me-links'>
        <Switch label='长辈版' description='字更大、按钮更大' checked={elderMode} onChange={setElderMode} />
        <NavCell
          title='消息'
          description='申请办理状态的变化'
          value={count > 0 ? `${count} 条未读` : undefined}
          onOpen={() => openRoute(ROUTES.messages)}
        />
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
        {DEMO_MODE ? (
          <NavCell
            title='演示控制台'
            description='演示：模拟办理单位推进案件'
            onOpen={() => openRoute(ROUTES.demoConsole)}
          />
        ) : null}
      </View>
    </Page>
  )
}
