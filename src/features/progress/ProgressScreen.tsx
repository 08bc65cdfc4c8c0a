import { Text } from '@tarojs/components'
import { Page } from '@/components/Page'
import { Notice } from '@/components/Notice'
import './ProgressScreen.css'

export function ProgressScreen() {
  return (
    <Page title='进度查询'>
      <Notice title='还没有申请记录'>
        <Text>提交申请后，可以在这里看到每一步的办理情况。</Text>
      </Notice>
    </Page>
  )
}
