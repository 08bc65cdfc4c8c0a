import '../attachPolicyLibrary'
import { PolicyFullTextSearchScreen } from '@/features/policy/PolicyFullTextSearchScreen'
import { usePolicySearchHandoffStore } from '@/stores/policySearchHandoffStore'

export default function PolicyFullTextSearchPage() {
  const query = usePolicySearchHandoffStore((s) => s.query)
  return <PolicyFullTextSearchScreen initialQuery={query} />
}
