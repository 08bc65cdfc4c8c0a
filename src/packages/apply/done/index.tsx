import { useRouter } from '@tarojs/taro'
import { ApplyConfirmationScreen } from '@/features/apply/screens/ApplyConfirmationScreen'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'

export default function ApplyDonePage() {
  const router = useRouter()
  return (
    <ApplyConfirmationScreen
      reference={router.params.ref ?? null}
      editsNotIncluded={router.params.edits === 'late'}
      onOpenProgress={() =>
        openRoute(router.params.ref ? withQuery(ROUTES.progressDetail, { ref: router.params.ref }) : ROUTES.progress)
      }
      onHome={() => openRoute(ROUTES.home)}
    />
  )
}
