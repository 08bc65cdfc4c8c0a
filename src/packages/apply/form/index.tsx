import { useMemo } from 'react'
import { useDidHide, useUnload } from '@tarojs/taro'
import { ApplyFormScreen } from '@/features/apply/screens/ApplyFormScreen'
import { applyFormDependencies } from '@/features/apply/applyDependencies'
import { flushDraftWrites } from '@/stores/applicationDraftStore'

export default function ApplyFormPage() {
  // Write pending changes when the app goes to the background: WeChat may kill it there (security.md §3.2).
  useDidHide(flushDraftWrites)
  useUnload(flushDraftWrites)
  const deps = useMemo(applyFormDependencies, [])
  return <ApplyFormScreen deps={deps} />
}
