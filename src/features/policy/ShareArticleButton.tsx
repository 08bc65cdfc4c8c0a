import { Button as NativeButton, Text } from '@tarojs/components'
import { a11y } from '@/lib/a11y'

/**
 * 分享 on weapp: only WeChat's own button with open-type="share" can open the share sheet (the page's
 * useShareAppMessage supplies the title and path). Not rendered on H5, where WeChat sharing does not exist.
 */
export function ShareArticleButton() {
  return (
    <NativeButton className='policy-share' openType='share' {...a11y({ label: '分享这篇说明给亲友' })}>
      <Text>分享给亲友</Text>
    </NativeButton>
  )
}
