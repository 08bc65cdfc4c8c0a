import { PolicyListScreen } from '@/features/policy/PolicyListScreen'

export default function PolicyListPage() {
  return <PolicyListScreen />
}
