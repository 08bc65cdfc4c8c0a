import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { ProgressScreen } from '@/features/progress/ProgressScreen'

export default function ProgressPage() {
  const [shown, setShown] = useState(0)
  useDidShow(() => setShown((n) => n + 1))
  return <ProgressScreen refreshKey={shown} />
}
