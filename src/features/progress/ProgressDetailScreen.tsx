import { View, Text } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { LoadFailedNotice } from '@/components/LoadFailedNotice'
import { Page } from '@/components/Page'
import { Notice } from '@/components/Notice'
import { Heading } from '@/components/Heading'
import { Button } from '@/components/Button'
import { Timeline } from '@/components/Timeline'
import { LoadingSkeleton } from '@/components/LoadingSkeleton'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { a11y } from '@/lib/a11y'
import { useServiceResult } from '@/lib/useServiceResult'
import { getServices } from '@/services/serviceRegistry'
import type { ApplicationDetail } from '@/services/progressService'
import { confidenceText, dateOf, limitText, monthText, timelineItems, yuan } from './progressText'
import { canPickFiles, pickSupplementFiles } from './supplementFiles'
import './ProgressDetailScreen.css'

type Feedback = { tone: 'success' | 'danger' | 'info'; text: string } | null

export function ProgressDetailScreen({ reference }: { reference: string }) {
  const { result, reload } = useServiceResult(() => getServices().progress.detail(reference), reference)
  const [feedback, setFeedback] = useState<Feedback>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)

  const closeDialog = useCallback(() => setConfirming(false), [])

  const withdraw = async () => {
    setBusy('withdraw')
    const r = await getServices().applications.withdraw({ reference, reason: '申请人主动撤回' })
    setBusy(null)
    setConfirming(false)
    setFeedback(r.ok ? { tone: 'success', text: '申请已撤回。' } : { tone: 'danger', text: r.error.message })
    reload()
  }

  const supplement = async (itemId: string) => {
    setBusy(itemId)
    const files = await pickSupplementFiles()
    if (canPickFiles && !files) {
      setBusy(null)
      return
    }
    const r = await getServices().applications.supplement({
      reference,
      items: [files ? { itemId, how: 'uploaded', fileIds: files } : { itemId, how: 'at_window', fileIds: [] }],
    })
    setBusy(null)
    if (!r.ok) setFeedback({ tone: 'danger', text: r.error.message })
    else
      setFeedback({
        tone: 'success',
        text: files
          ? `“${itemId}”已上传。`
          : `网页版不能上传文件，已记为“${itemId}”到窗口补交。请带上原件，交到户籍所在地的乡镇（街道）窗口。`,
      })
    reload()
  }

  if (result.state === 'loading')
    return (
      <Page title='办理进度'>
        <LoadingSkeleton blocks={3} />
      </Page>
    )
  if (result.state === 'error')
    return (
      <Page title='办理进度'>
        <LoadFailedNotice message={result.error.message} onRetry={reload} retryLabel='重新读取' />
      </Page>
    )
  const d: ApplicationDetail = result.value
  return (
    <Page title='办理进度'>
      {feedback ? (
        <Notice tone={feedback.tone} live>
          <Text>{feedback.text}</Text>
        </Notice>
      ) : null}
      <View className='card'>
        <Text className='progress-field'>
          <Text>{d.programmeLabel}</Text>
        </Text>
        <Text className='progress-field'>当前状态：{d.statusLabel}</Text>
        <Text className='progress-field'>受理编号：{d.reference}</Text>
        <Text className='progress-field'>
          申请人：{d.applicantNameMasked}（{d.idNumberMasked}）
        </Text>
        <Text className='progress-field'>提交日期：{dateOf(d.submittedAt)}</Text>
        <Text className='progress-field'>
          受理单位：{d.receivingOffice.name ?? `户籍地乡镇（街道），代码 ${d.receivingOffice.townCode}`}
        </Text>
        {d.holderLabel ? <Text className='progress-field'>现在由谁办理：{d.holderLabel}</Text> : null}
      </View>

      <Notice title='下一步'>
        <Text>{d.nextStep}</Text>
      </Notice>

      {d.overallLimit || d.stepLimit ? (
        <View className='progress-section'>
          <Heading level={2}>办理时限</Heading>
          {[d.stepLimit, d.overallLimit].map((l, i) =>
            l ? (
              <Text key={i} className={`progress-field ${l.overdue ? 'progress-overdue' : ''}`}>
                {limitText(l)}（{confidenceText(l.confidence)}）
              </Text>
            ) : null,
          )}
        </View>
      ) : null}

      {d.supplementTodos.length > 0 ? (
        <View className='progress-section'>
          <Heading level={2}>需要补交的材料</Heading>
          <Text className='muted'>乡镇（街道）已一次性告知需要补交的全部材料。补齐后即受理。</Text>
          <View {...a11y({ role: 'list', label: '需要补交的材料' })}>
            {d.supplementTodos.map((t) => (
              <View key={t.itemId} className='progress-todo' {...a11y({ role: 'listitem' })}>
                <Text className='progress-field'>
                  {t.label}：{t.done ? '已补交' : '还没有补交'}
                </Text>
                {!t.done && d.mine ? (
                  <Button
                    variant='secondary'
                    onPress={() => void supplement(t.itemId)}
                    busy={busy === t.itemId}
                    busyText='正在提交…'
                    label={`上传补充材料：${t.label}`}
                  >
                    上传补充材料
                  </Button>
                ) : null}
              </View>
            ))}
          </View>
        </View>
      ) : null}

      {d.status === 'approved' && d.approval ? (
        <View className='progress-section'>
          <Heading level={2}>审核结果：已确认</Heading>
          {d.approval.amountFen !== null ? (
            <Text className='progress-amount'>
              {d.approval.firstPaymentMonth ? '每月 ' : ''}
              {yuan(d.approval.amountFen)}
            </Text>
          ) : null}
          {d.approval.firstPaymentMonth ? (
            <Text className='progress-field'>自 {monthText(d.approval.firstPaymentMonth)}起发放</Text>
          ) : null}
          {d.aidCard ? (
            <View className='card' {...a11y({ role: 'region', label: '救助明白卡' })}>
              <Heading level={3}>救助明白卡</Heading>
              <Text className='progress-field'>救助类别：{d.aidCard.category}</Text>
              <Text className='progress-field'>
                救助金额：
                {d.aidCard.amountFen === null
                  ? '以书面通知为准'
                  : `${d.aidCard.monthly ? '每月 ' : ''}${yuan(d.aidCard.amountFen)}`}
              </Text>
              {d.aidCard.firstPaymentMonth ? (
                <Text className='progress-field'>开始发放：{monthText(d.aidCard.firstPaymentMonth)}</Text>
              ) : null}
              <Text className='progress-field'>发放方式：{d.aidCard.paymentMethod}</Text>
              <Text className='progress-field'>经办人员：{d.aidCard.caseworkerMasked}</Text>
              <Text className='progress-field'>监督电话：{d.aidCard.supervisionPhone}</Text>
            </View>
          ) : null}
        </View>
      ) : null}

      {d.refusal ? (
        <View className='progress-section'>
          <Heading level={2}>审核结果：不予确认</Heading>
          <Text className='progress-field'>理由：</Text>
          <View {...a11y({ role: 'list', label: '不予确认的理由' })}>
            {d.refusal.reasons.map((r, i) => (
              <Text key={i} className='progress-field' {...a11y({ role: 'listitem' })}>
                {i + 1}. {r}
              </Text>
            ))}
          </View>
          <Text className='progress-field'>书面通知应在 {d.refusal.noticeDeadline} 前送达。</Text>
          <Heading level={3}>如果不同意这个决定</Heading>
          <View {...a11y({ role: 'list', label: '救济途径' })}>
            {d.refusal.remedies.map((r) => (
              <Text key={r.label} className='progress-field' {...a11y({ role: 'listitem' })}>
                {r.label}：{r.timeLimit}（{confidenceText(r.confidence)}）
              </Text>
            ))}
          </View>
          <Text className='muted'>家庭情况有变化、符合条件时，也可以重新申请。有疑问可拨打 12345。</Text>
        </View>
      ) : null}

      <Heading level={2}>办理步骤</Heading>
      <Timeline label='办理步骤' items={timelineItems(d.timeline)} />

      {d.canWithdraw ? (
        <View className='progress-actions'>
          <Button variant='danger' onPress={() => setConfirming(true)}>
            撤回申请
          </Button>
        </View>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title='确定要撤回申请吗？'
        confirmLabel='确定撤回'
        cancelLabel='先不撤回'
        tone='danger'
        busy={busy === 'withdraw'}
        onConfirm={() => void withdraw()}
        onCancel={closeDialog}
      >
        <Text>撤回后，这份申请就不再办理了。以后符合条件的，可以重新申请。</Text>
      </ConfirmDialog>
    </Page>
  )
}
