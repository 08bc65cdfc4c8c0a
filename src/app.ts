import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { setupDayjs } from '@/lib/dayjsSetup'
import { labelH5TabBar } from '@/lib/h5TabBarLandmark'
import { installPrivacyAuthorizationHandler } from '@/lib/privacy/weappPrivacyAuthorization'
import { purgeExpiredDrafts } from '@/lib/privacy/localDraftData'
import './app.css'

setupDayjs()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Nothing is requested at launch: no login, no location, no permission until a feature needs it.
    labelH5TabBar()
    // WeChat's privacy check goes through our own dialog (no-op on H5 and on old base libraries).
    installPrivacyAuthorizationHandler()
    // Drafts not edited for 30 days are deleted with their photos (security.md P6). Uses the draft adapter
    // registered with registerLocalDraftData(); without one there is nothing to purge.
    void purgeExpiredDrafts(new Date())
  })
  return children
}

export default App
