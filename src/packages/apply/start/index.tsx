import { useMemo } from 'react'
import { useDidShow } from '@tarojs/taro'
import { ApplyStartScreen } from '@/features/apply/screens/ApplyStartScreen'
import { precheckPrefillToDraftAnswers } from '@/features/apply/model/precheckToDraft'
import { precheckAnswersToApplicationPrefill } from '@/domain/precheckPrefill'
import { usePrecheckHandoffStore } from '@/stores/precheckHandoffStore'
import { useApplicationDraftStore } from '@/stores/applicationDraftStore'
import { randomUuid } from '@/lib/randomId'
import { openRoute } from '@/lib/navigation'
import { ROUTES } from '@/lib/routes'
import { appFileStore } from '@/lib/fileStore/appFileStore'

export default function ApplyStartPage() {
  const handoff = usePrecheckHandoffStore((s) => s.answers)
  useDidShow(() => {
    // Drafts untouched for 30 days are deleted with their photos (security.md P6).
    for (const id of useApplicationDraftStore.getState().purgeExpired(new Date()))
      void appFileStore().removeForDraft(id)
  })
  const deps = useMemo(
    () => ({
      now: () => new Date(),
      newId: randomUuid,
      onOpenForm: () => openRoute(ROUTES.applyForm),
      onOpenProgress: () => openRoute(ROUTES.progress),
      onOpenPrecheck: () => openRoute(ROUTES.precheck),
      precheckAnswers: handoff ? precheckPrefillToDraftAnswers(precheckAnswersToApplicationPrefill(handoff)) : null,
      onPrecheckUsed: () => usePrecheckHandoffStore.getState().clear(),
      onDraftDeleted: (id: string) => void appFileStore().removeForDraft(id),
    }),
    [handoff],
  )
  return <ApplyStartScreen deps={deps} />
}
