import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import { useCallback, useState } from 'react'
import { Page } from '@/components/Page'
import { Heading } from '@/components/Heading'
import { Notice } from '@/components/Notice'
import { Button } from '@/components/Button'
import { NavCell } from '@/components/NavCell'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { EmptyState } from '@/components/EmptyState'
import { daysLeft } from '@/domain/draftRetention'
import { deviceStore } from '@/lib/storage/deviceStore'
import type { KeyValueStore } from '@/lib/storage/keyValueStore'
import { describeDeviceData, exportDeviceData, formatBytes, removeAppKeys } from '@/lib/storage/deviceDataInventory'
import { deleteQuarantined, listQuarantined } from '@/lib/storage/quarantine'
import { localDraftData, type LocalDraftDataPort } from '@/lib/privacy/localDraftData'
import { openRoute } from '@/lib/navigation'
import { ROUTES } from '@/lib/routes'
import { noConsent, useConsentStore } from '@/stores/consentStore'
import { useSettingsStore } from '@/stores/settingsStore'
import './privacyScreens.css'

export interface MyDataScreenProps {
  store?: KeyValueStore
  drafts?: LocalDraftDataPort | null
  now?: () => Date
  /** Puts text on the clipboard; resolves false when it failed. */
  copyText?: (text: string) => Promise<boolean>
}

async function copyWithTaro(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text })
    return true
  } catch {
    return false
  }
}

type Pending =
  | { kind: 'export' }
  | { kind: 'deleteDraft'; id: string; title: string }
  | { kind: 'deleteQuarantine'; storageKey: string }
  | { kind: 'withdraw' }
  | { kind: 'clearAll' }

/**
 * 我的数据: what this app keeps on this phone (in words, with sizes), a full copy, deleting a draft or an
 * unreadable leftover, withdrawing consent and 清除本机数据 (this app's keys and files only).
 */
export function MyDataScreen({
  store = deviceStore,
  drafts = localDraftData(),
  now = () => new Date(),
  copyText = copyWithTaro,
}: MyDataScreenProps) {
  const [, setRevision] = useState(0)
  const refresh = useCallback(() => setRevision((r) => r + 1), [])
  const [pending, setPending] = useState<Pending | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null)
  const consentVersion = useConsentStore((s) => s.acceptedVersion)
  const consentAt = useConsentStore((s) => s.acceptedAt)

  const rows = describeDeviceData(store)
  const draftList = drafts?.list() ?? []
  const quarantined = listQuarantined(store)
  const today = now()

  const run = async (work: () => Promise<string>) => {
    setBusy(true)
    try {
      setMessage({ tone: 'success', text: await work() })
    } catch {
      setMessage({ tone: 'danger', text: '没有完成，请再试一次。' })
    } finally {
      setBusy(false)
      setPending(null)
      refresh()
    }
  }

  const confirm = () => {
    if (!pending) return
    switch (pending.kind) {
      case 'export':
        return run(async () =>
          (await copyText(exportDeviceData(store, now())))
            ? '已复制。请只粘贴到你信任的地方，用完删掉。'
            : '没有复制成功，请再试一次。',
        )
      case 'deleteDraft':
        return run(async () => {
          await drafts?.remove(pending.id)
          return '草稿和它的照片已删除。'
        })
      case 'deleteQuarantine':
        return run(async () => {
          const result = deleteQuarantined(store, pending.storageKey)
          return result.ok ? '已删除。' : '没有删掉，请再试一次。'
        })
      case 'withdraw':
        return run(async () => {
          await drafts?.removeAll()
          useConsentStore.getState().withdraw(now())
          return '已撤回同意，手机上的草稿和照片已删除。'
        })
      case 'clearAll':
        return run(async () => {
          await drafts?.reset()
          // Reset what is in memory first, so that no store writes its old state back afterwards.
          useConsentStore.setState({ ...noConsent(), platformPromptRefused: false })
          useSettingsStore.setState({ elderMode: false, fontScale: 1 })
          const failed = removeAppKeys(store)
          return failed.length === 0
            ? '本机数据已清除。建议关掉小程序再打开。'
            : `还有 ${failed.length} 项没有清除，请再试一次。`
        })
    }
  }

  const dialog = (() => {
    if (!pending) return null
    switch (pending.kind) {
      case 'export':
        return {
          title: '复制全部数据？',
          confirmText: '我知道了，复制',
          tone: 'primary' as const,
          body: [
            '复制的内容是完整的，包括身份证号、手机号和家庭收入，没有打星号。',
            '粘贴到哪里，就会留在哪里。请只粘贴到你信任的地方，不要发到群里。',
            '照片是图片文件，不会被复制。',
          ],
        }
      case 'deleteDraft':
        return {
          title: '删除这份草稿？',
          confirmText: '删除',
          tone: 'danger' as const,
          body: [`${pending.title}和它的照片、签名都会从手机上删掉，不能恢复。`],
        }
      case 'deleteQuarantine':
        return {
          title: '删除这份无法恢复的内容？',
          confirmText: '删除',
          tone: 'danger' as const,
          body: ['它已经读不出来了。删掉后不能再找回。想先留一份，请先点“复制全部数据”。'],
        }
      case 'withdraw':
        return {
          title: '撤回同意？',
          confirmText: '撤回同意',
          tone: 'danger' as const,
          body: [
            '撤回后，我们不再使用你的信息。这部手机上的申请草稿、照片和签名会马上删除。',
            '已经提交的申请，受理的乡镇（街道）会按规定保存材料并继续办理，撤回同意不会撤销它。想撤回申请，请在“进度”里办理。',
            '本演示的“模拟后端数据”代替服务器，也在这部手机上；要删掉它，请用“清除本机数据”。',
            '以后要再申请，需要重新同意。',
          ],
        }
      case 'clearAll':
        return {
          title: '清除本机数据？',
          confirmText: '全部清除',
          tone: 'danger' as const,
          body: [
            '会删除本服务在这部手机上保存的全部内容：申请草稿、照片、签名、设置（长辈版会关掉）、同意记录，以及演示用的“模拟后端数据”。',
            '不会影响手机上的其他小程序和网页。',
            '真实办理时已交到乡镇（街道）的申请不在手机上，不会被删除。',
          ],
        }
    }
  })()

  return (
    <Page title='我的数据'>
      {message ? (
        <Notice tone={message.tone} live>
          <Text>{message.text}</Text>
        </Notice>
      ) : null}

      <Heading level={2}>这部手机上保存了什么</Heading>
      {rows.length === 0 ? (
        <EmptyState title='什么也没有保存' replacesList>
          <Text>用这个服务时存在这部手机上的内容（例如设置、申请草稿），会列在这里。</Text>
        </EmptyState>
      ) : (
        <View className='card'>
          {rows.map((row) => (
            <View key={row.id} className='privacy-row'>
              <View className='privacy-row__text'>
                <Text className='text-body'>{row.label}</Text>
                {row.detail ? <Text className='muted'> {row.detail}</Text> : null}
              </View>
              <Text className='muted'>{formatBytes(row.bytes)}</Text>
            </View>
          ))}
        </View>
      )}
      <Button block variant='secondary' onPress={() => setPending({ kind: 'export' })} disabled={rows.length === 0}>
        复制全部数据
      </Button>

      <Heading level={2}>申请草稿</Heading>
      {draftList.length === 0 ? (
        <EmptyState title='没有草稿' replacesList>
          <Text>填了一半、还没提交的救助申请，会作为草稿列在这里。</Text>
        </EmptyState>
      ) : (
        <View className='card'>
          {draftList.map((d) => (
            <View key={d.id} className='privacy-row'>
              <View className='privacy-row__text'>
                <Text className='text-body'>{d.title}</Text>
                <Text className='muted'>
                  {' '}
                  最后修改 {dayjs(d.lastEditedAt).format('M月D日')}，照片 {d.photoCount} 张，再过{' '}
                  {daysLeft(d.lastEditedAt, today)} 天不修改会自动删除
                </Text>
              </View>
              <Button
                variant='plain'
                label={`删除${d.title}`}
                onPress={() => setPending({ kind: 'deleteDraft', id: d.id, title: d.title })}
              >
                删除
              </Button>
            </View>
          ))}
        </View>
      )}

      {quarantined.length > 0 ? (
        <View>
          <Heading level={2}>无法恢复的内容</Heading>
          <Notice tone='warning' title={`有 ${quarantined.length} 份保存的内容无法恢复`}>
            <Text>可能是手机存储出了问题，或者是旧版本留下的。我们把它单独放着，没有覆盖。</Text>
          </Notice>
          <View className='card'>
            {quarantined.map((q) => (
              <View key={q.storageKey} className='privacy-row'>
                <View className='privacy-row__text'>
                  <Text className='text-body'>
                    {q.originalKey === 'applicationDrafts' ? '申请草稿' : q.originalKey}
                  </Text>
                  <Text className='muted'>
                    {' '}
                    {q.at ? dayjs(q.at).format('M月D日 HH:mm') : '时间不明'}，{formatBytes(q.bytes)}
                  </Text>
                </View>
                <Button
                  variant='plain'
                  label='删除这份无法恢复的内容'
                  onPress={() => setPending({ kind: 'deleteQuarantine', storageKey: q.storageKey })}
                >
                  删除
                </Button>
              </View>
            ))}
          </View>
        </View>
      ) : null}

      <Heading level={2}>同意和撤回</Heading>
      <View className='card' style={{ padding: 0 }}>
        <NavCell
          title='个人信息处理规则'
          description={
            consentVersion && consentAt ? `已于 ${dayjs(consentAt).format('YYYY年M月D日')} 同意` : '尚未同意'
          }
          onOpen={() => openRoute(ROUTES.privacyRules)}
        />
      </View>
      <View className='privacy-actions'>
        {consentVersion ? (
          <Button block variant='danger' onPress={() => setPending({ kind: 'withdraw' })}>
            撤回同意
          </Button>
        ) : null}
        <Button block variant='danger' onPress={() => setPending({ kind: 'clearAll' })}>
          清除本机数据
        </Button>
      </View>

      {dialog ? (
        <ConfirmDialog
          open
          title={dialog.title}
          confirmLabel={dialog.confirmText}
          tone={dialog.tone}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
        >
          {dialog.body.map((p) => (
            <Text key={p} className='text-body'>
              {p}
            </Text>
          ))}
        </ConfirmDialog>
      ) : null}
    </Page>
  )
}
