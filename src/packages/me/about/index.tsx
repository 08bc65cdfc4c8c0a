import { AboutScreen } from '@/features/me/AboutScreen'

export default function AboutPage() {
  return <AboutScreen />
}
