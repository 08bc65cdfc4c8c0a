import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { setupDayjs } from '@/lib/dayjsSetup'
import { labelH5TabBar } from '@/lib/h5TabBarLandmark'
import { installPrivacyAuthorizationHandler } from '@/lib/privacy/weappPrivacyAuthorization'
import { purgeExpiredDrafts, registerLocalDraftData } from '@/lib/privacy/localDraftData'
import { createApplicationDraftDataAdapter } from '@/lib/privacy/applicationDraftDataAdapter'
import { appFileStore } from '@/lib/fileStore/appFileStore'
import { deviceStore } from '@/lib/storage/deviceStore'
import './app.css'

setupDayjs()
registerLocalDraftData(createApplicationDraftDataAdapter(appFileStore, deviceStore))

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Nothing is requested at launch: no login, no location, no permission until a feature needs it.
    labelH5TabBar()
    // WeChat's privacy check goes through our own dialog (no-op on H5 and on old base libraries).
    installPrivacyAuthorizationHandler()
    // Drafts not edited for 30 days are deleted with their photos (security.md P6), through the adapter
    // registered above. (The apply start page also purges when it opens.)
    void purgeExpiredDrafts(new Date())
  })
  return children
}

export default App
