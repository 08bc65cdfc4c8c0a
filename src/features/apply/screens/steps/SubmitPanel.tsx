import { View, Text } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'

export interface SubmitPanelProps {
  /** True while a request is in flight: the button is locked until it settles (not for a fixed time). */
  inFlight: boolean
  state: 'idle' | 'pending' | 'failed'
  errorMessage: string | null
  /** duplicate_active: the reference of the application that is still being handled. */
  existingReference: string | null
  onSubmit: () => void
  onOpenProgress: () => void
}

export function SubmitPanel({
  inFlight,
  state,
  errorMessage,
  existingReference,
  onSubmit,
  onOpenProgress,
}: SubmitPanelProps) {
  const label = state === 'pending' ? '重试提交' : '确认无误，提交申请'
  return (
    <View className='apply-actions'>
      {state === 'pending' && !inFlight ? (
        <Notice tone='warning' title='等待确认' live>
          <Text>{errorMessage ?? '还不知道有没有提交成功。'}</Text>
        </Notice>
      ) : null}
      {state === 'failed' && !inFlight ? (
        <Notice tone='danger' title='没有提交成功' live>
          <Text>{errorMessage}</Text>
          {existingReference ? <Text>在办的申请编号：{existingReference}</Text> : null}
        </Notice>
      ) : null}
      {existingReference && !inFlight ? (
        <Button variant='secondary' onPress={onOpenProgress} label={`查看在办申请的进度（${existingReference}）`}>
          查看在办申请的进度
        </Button>
      ) : null}
      <Button
        onPress={onSubmit}
        busy={inFlight}
        busyText='正在提交，请稍候…'
        block
        label={inFlight ? '正在提交，请稍候' : label}
      >
        {label}
      </Button>
      <Text className='muted'>提交后不会重复提交：网络不好时可以放心点“重试”。</Text>
    </View>
  )
}
