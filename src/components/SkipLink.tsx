import { View } from '@tarojs/components'
import { isH5 } from '@/lib/platform'
import { a11y, interactiveProps } from '@/lib/a11y'

/**
 * "跳到主要内容" for keyboard users on H5. It moves focus instead of changing the URL hash, because the
 * H5 build uses the hash router. Hidden until focused. Not rendered on weapp.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  if (!isH5) return null
  const jump = () => {
    const target = document.getElementById(targetId)
    if (target) {
      target.setAttribute('tabindex', '-1')
      target.focus()
    }
  }
  return (
    <View {...a11y({ role: 'navigation', label: '快速跳转' })}>
      <View className='skip-link' onClick={jump} {...a11y({ role: 'link' })} {...interactiveProps(jump)}>
        跳到主要内容
      </View>
    </View>
  )
}
