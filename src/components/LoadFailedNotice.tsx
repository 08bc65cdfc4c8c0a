import { Text } from '@tarojs/components'
import { Button } from './Button'
import { Notice } from './Notice'

export interface LoadFailedNoticeProps {
  /** What could not be opened, e.g. 没有打开政策列表. Defaults to the Notice's own "出错了". */
  title?: string
  /** The service's plain-Chinese message. */
  message: string
  onRetry: () => void
  retryLabel?: string
}

/** Something could not be read: the reason in words (announced), and a way to try again. */
export function LoadFailedNotice({ title, message, onRetry, retryLabel = '再试一次' }: LoadFailedNoticeProps) {
  return (
    <Notice tone='danger' title={title} live>
      <Text>{message}</Text>
      <Button variant='secondary' onPress={onRetry}>
        {retryLabel}
      </Button>
    </Notice>
  )
}
