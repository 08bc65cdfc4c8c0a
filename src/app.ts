import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { setupDayjs } from '@/lib/dayjsSetup'
import { labelH5TabBar } from '@/lib/h5TabBarLandmark'
import './app.css'

setupDayjs()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Nothing is requested at launch: no login, no location, no permission until a feature needs it.
    labelH5TabBar()
  })
  return children
}

export default App
