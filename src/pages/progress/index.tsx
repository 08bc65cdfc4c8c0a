import { ProgressScreen } from '@/features/progress/ProgressScreen'

export default function ProgressPage() {
  return <ProgressScreen />
}
