import { DemoConsoleScreen } from '@/features/demo/DemoConsoleScreen'

export default function DemoConsolePage() {
  return <DemoConsoleScreen />
}
