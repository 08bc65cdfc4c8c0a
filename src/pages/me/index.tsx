import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { MeScreen } from '@/features/me/MeScreen'

export default function MePage() {
  const [shown, setShown] = useState(0)
  useDidShow(() => setShown((n) => n + 1))
  return <MeScreen refreshKey={shown} />
}
