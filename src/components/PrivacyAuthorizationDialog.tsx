import { Button as TaroButton, Text, View } from '@tarojs/components'
import { useSyncExternalStore } from 'react'
import { a11y } from '@/lib/a11y'
import { openRoute } from '@/lib/navigation'
import { ROUTES } from '@/lib/routes'
import { privacyAuthorization } from '@/lib/privacy/weappPrivacyAuthorization'
import { Button } from './Button'
import { Heading } from './Heading'
import './ConfirmDialog.css'

const AGREE_BUTTON_ID = 'agree-privacy-authorization'

/**
 * Our own pop-up for WeChat's privacy check (weapp only; Page mounts it). The 同意 button must be WeChat's
 * native button with open-type="agreePrivacyAuthorization": the base library checks that it was really
 * tapped. 不同意 is remembered for this session and not asked again.
 */
export function PrivacyAuthorizationDialog() {
  const pending = useSyncExternalStore(privacyAuthorization.subscribe, privacyAuthorization.isPending)
  if (!pending) return null
  return (
    <View className='ui-dialog__backdrop'>
      <View className='ui-dialog' {...a11y({ role: 'dialog', label: '使用前请你同意隐私保护指引' })}>
        <Heading level={2}>使用前请你同意隐私保护指引</Heading>
        <View className='ui-dialog__body stack'>
          <Text className='text-body'>
            这一步要用到你选的照片或你填的身份证号。我们只在办理救助时使用，不会给其他人。你可以不同意，不影响看政策和资格预检。
          </Text>
          <Text
            className='text-body'
            style={{ color: 'var(--c-link)', textDecoration: 'underline' }}
            onClick={() => openRoute(ROUTES.privacyRules)}
            {...a11y({ role: 'link' })}
          >
            查看个人信息处理规则
          </Text>
        </View>
        <View className='ui-dialog__actions'>
          <Button variant='secondary' block onPress={() => privacyAuthorization.refuse()}>
            不同意
          </Button>
          <TaroButton
            id={AGREE_BUTTON_ID}
            className='ui-button ui-button--primary ui-button--block'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => privacyAuthorization.agree(AGREE_BUTTON_ID)}
          >
            同意
          </TaroButton>
        </View>
      </View>
    </View>
  )
}
