import Taro, { useRouter } from '@tarojs/taro'
import dayjs from 'dayjs'
import { PrecheckResultScreen } from '@/features/precheck/PrecheckResultScreen'
import { parseProgrammeParam } from '@/features/precheck/precheckVocabulary'
import { usePrecheckStore } from '@/features/precheck/precheckStore'
import { shanxiCounties } from '@/content/shanxiCounties'
import { ROUTES } from '@/lib/routes'
import { usePrecheckHandoffStore } from '@/stores/precheckHandoffStore'

export default function PrecheckResultPage() {
  const router = useRouter()
  const answers = usePrecheckHandoffStore((s) => s.answers)
  const clear = usePrecheckHandoffStore((s) => s.clear)
  const backToQuestions = () => {
    // Came from the questions: go back to them (answers are still in memory). Opened directly: open them.
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
    else void Taro.redirectTo({ url: ROUTES.precheck })
  }
  return (
    <PrecheckResultScreen
      answers={answers}
      today={dayjs().format('YYYY-MM-DD')}
      counties={shanxiCounties()}
      highlighted={parseProgrammeParam(router.params.programme)}
      onEdit={backToQuestions}
      onApply={() => void Taro.navigateTo({ url: ROUTES.applyStart })}
      onRestart={() => {
        clear()
        usePrecheckStore.getState().reset()
        void Taro.redirectTo({ url: ROUTES.precheck })
      }}
    />
  )
}
