import { useRouter } from '@tarojs/taro'
import { ProgressDetailScreen } from '@/features/progress/ProgressDetailScreen'

export default function ProgressDetailPage() {
  const { params } = useRouter()
  return <ProgressDetailScreen reference={String(params.ref ?? '')} />
}
