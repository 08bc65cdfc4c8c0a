import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useSettingsStore } from '@/stores/settingsStore'
import { effectiveFontScale, fontScaleClass } from '@/lib/fontScale'
import { systemFontScaleFactor } from '@/lib/systemFontScale'
import { a11y } from '@/lib/a11y'
import { isWeapp } from '@/lib/platform'
import { Heading } from './Heading'
import { SkipLink } from './SkipLink'
import { PrivacyAuthorizationDialog } from './PrivacyAuthorizationDialog'
import './Page.css'

export interface PageProps {
  /** The page's visible title (also its h1). */
  title: string
  children: ReactNode
  /** Hide the visible h1 when the page shows its own header; it stays for screen readers. */
  hideTitle?: boolean
}

/**
 * The root of every page: applies 长辈版 and the text scale, marks the main landmark and gives the page
 * its h1. Pages never style text sizes themselves; they use the tokens in app.css.
 */
export function Page({ title, children, hideTitle = false }: PageProps) {
  const elderMode = useSettingsStore((s) => s.elderMode)
  const fontScale = useSettingsStore((s) => s.fontScale)
  const scale = effectiveFontScale(fontScale, systemFontScaleFactor())
  const classes = ['app-page', elderMode ? 'is-elder' : '', fontScaleClass(scale)].filter(Boolean).join(' ')
  return (
    <View className={classes}>
      <SkipLink targetId='main-content' />
      <View id='main-content' className='app-page__main' {...a11y({ role: 'main', label: title })}>
        <Heading level={1} className={hideTitle ? 'visually-hidden' : 'app-page__title'}>
          {title}
        </Heading>
        {children}
      </View>
      {/* WeChat's privacy check asks through our own dialog (weapp only; H5 has no such check). */}
      {isWeapp ? <PrivacyAuthorizationDialog /> : null}
    </View>
  )
}
