import { PrivacyRulesScreen } from '@/features/privacy/PrivacyRulesScreen'
import { goBack } from '@/lib/navigation'

export default function PrivacyRulesPage() {
  return <PrivacyRulesScreen onAccepted={goBack} />
}
