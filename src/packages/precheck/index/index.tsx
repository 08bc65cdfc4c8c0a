import { useRouter } from '@tarojs/taro'
import dayjs from 'dayjs'
import { PrecheckScreen } from '@/features/precheck/PrecheckScreen'
import { parseProgrammeParam } from '@/features/precheck/precheckVocabulary'
import { shanxiCounties } from '@/content/shanxiCounties'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { usePrecheckHandoffStore } from '@/stores/precheckHandoffStore'

export default function PrecheckPage() {
  const router = useRouter()
  const programme = parseProgrammeParam(router.params.programme)
  const setAnswers = usePrecheckHandoffStore((s) => s.setAnswers)
  return (
    <PrecheckScreen
      today={dayjs().format('YYYY-MM-DD')}
      counties={shanxiCounties()}
      programme={programme}
      onFinish={(answers) => {
        setAnswers(answers)
        openRoute(withQuery(ROUTES.precheckResult, { programme: programme ?? undefined }))
      }}
    />
  )
}
