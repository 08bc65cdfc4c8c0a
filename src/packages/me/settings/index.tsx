import { SettingsScreen } from '@/features/me/SettingsScreen'

export default function SettingsPage() {
  return <SettingsScreen />
}
