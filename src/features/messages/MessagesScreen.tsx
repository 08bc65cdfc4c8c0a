import { View, Text } from '@tarojs/components'
import { useEffect } from 'react'
import { LoadFailedNotice } from '@/components/LoadFailedNotice'
import { Page } from '@/components/Page'
import { Button } from '@/components/Button'
import { EmptyState } from '@/components/EmptyState'
import { LoadingSkeleton } from '@/components/LoadingSkeleton'
import { a11y } from '@/lib/a11y'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { useServiceResult } from '@/lib/useServiceResult'
import { getServices } from '@/services/serviceRegistry'
import './MessagesScreen.css'

function when(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ')
}

/** 我的 → 消息: one message per status change. Opening the page marks them read. */
export function MessagesScreen() {
  const { result, reload } = useServiceResult(() => getServices().messages.list(), 'messages')
  const hasUnread = result.state === 'ready' && result.value.some((m) => !m.read)
  useEffect(() => {
    if (hasUnread) void getServices().messages.markRead()
  }, [hasUnread])
  return (
    <Page title='消息'>
      {result.state === 'loading' ? (
        <LoadingSkeleton blocks={2} />
      ) : result.state === 'error' ? (
        <LoadFailedNotice message={result.error.message} onRetry={reload} retryLabel='重新读取' />
      ) : result.value.length === 0 ? (
        <EmptyState title='还没有消息' replacesList>
          <Text>申请的办理状态每变化一次，这里就会收到一条消息。</Text>
        </EmptyState>
      ) : (
        <View {...a11y({ role: 'list', label: '消息' })}>
          {result.value.map((m) => (
            <View key={m.id} className='card message-item' {...a11y({ role: 'listitem' })}>
              <Text className='message-item__title'>
                {m.read ? '' : '【未读】'}
                {m.title}
              </Text>
              <Text className='muted'>
                {when(m.at)} · 编号 {m.reference}
              </Text>
              <Text className='text-body message-item__body'>{m.body}</Text>
              <Button
                variant='plain'
                onPress={() => openRoute(withQuery(ROUTES.progressDetail, { ref: m.reference }))}
                label={`查看进度：${m.reference}`}
              >
                查看进度
              </Button>
            </View>
          ))}
        </View>
      )}
    </Page>
  )
}
