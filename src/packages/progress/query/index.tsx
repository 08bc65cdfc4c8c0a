import { ProgressQueryScreen } from '@/features/progress/ProgressQueryScreen'

export default function ProgressQueryPage() {
  return <ProgressQueryScreen />
}
