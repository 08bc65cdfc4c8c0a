import { MyDataScreen } from '@/features/privacy/MyDataScreen'

export default function MyDataPage() {
  return <MyDataScreen />
}
