import { MeScreen } from '@/features/me/MeScreen'

export default function MePage() {
  return <MeScreen />
}
