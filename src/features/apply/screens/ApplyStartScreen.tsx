import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Page } from '@/components/Page'
import { Button } from '@/components/Button'
import { Heading } from '@/components/Heading'
import { Notice } from '@/components/Notice'
import { NavCell } from '@/components/NavCell'
import { useApplicationDraftStore } from '@/stores/applicationDraftStore'
import { draftDaysLeft, draftExpiresAt, type ApplicationDraft } from '@/domain/applicationDraft/draftSchema'
import type { DraftAnswers } from '@/domain/applicationDraft/draftAnswers'
import { STEP_TITLES, stepIndex } from '../model/applySteps'
import { programmeTitle } from '../model/applyVocabulary'
import './applyScreens.css'

export interface ApplyStartDependencies {
  now: () => Date
  newId: () => Promise<string>
  onOpenForm: () => void
  onOpenProgress: () => void
  onOpenPrecheck?: () => void
  /** Answers from the last pre-check (一键申请), already turned into draft answers; null when there are none. */
  precheckAnswers: DraftAnswers | null
  onPrecheckUsed?: () => void
  /** Deletes the photos and signature kept for a deleted draft. */
  onDraftDeleted?: (draftId: string) => void
}

const day = (d: Date) => {
  const china = new Date(d.getTime() + 8 * 3600 * 1000)
  return china.toISOString().slice(0, 10)
}

function DraftCard({
  draft,
  now,
  onContinue,
  onDelete,
}: {
  draft: ApplicationDraft
  now: Date
  onContinue: () => void
  onDelete: () => void
}) {
  const [confirming, setConfirming] = useState(false)
  const what = draft.answers.programmes.length
    ? draft.answers.programmes.map(programmeTitle).join('、')
    : '还没选救助项目'
  const stepText = `填到第 ${stepIndex(draft.step) + 1} 步：${STEP_TITLES[draft.step]}`
  return (
    <View className='apply-card'>
      <Text className='apply-card__title'>草稿：{what}</Text>
      <Text className='apply-card__line'>{stepText}</Text>
      <Text className='apply-card__line'>
        最后修改 {day(new Date(draft.updatedAt))}。如果一直不改，{day(draftExpiresAt(draft))} 自动删除（还剩{' '}
        {draftDaysLeft(draft, now)} 天）。
      </Text>
      {draft.submission.state === 'pending' ? (
        <Notice tone='warning'>上次提交还没有得到确认，请点“继续填写”再点“重试提交”。</Notice>
      ) : null}
      <View className='apply-row'>
        <Button onPress={onContinue} label={`继续填写：${what}，${stepText}`}>
          继续填写
        </Button>
        {confirming ? (
          <>
            <Button variant='danger' onPress={onDelete} label='确定删除：这份草稿'>
              确定删除
            </Button>
            <Button variant='plain' onPress={() => setConfirming(false)}>
              不删了
            </Button>
          </>
        ) : (
          <Button variant='plain' onPress={() => setConfirming(true)} label={`删除草稿：${what}`}>
            删除草稿
          </Button>
        )}
      </View>
    </View>
  )
}

/** 我要申请: start a new application, continue a draft (继续填写), or start from the pre-check answers. */
export function ApplyStartScreen({ deps }: { deps: ApplyStartDependencies }) {
  const drafts = useApplicationDraftStore((s) => s.drafts)
  const receipts = useApplicationDraftStore((s) => s.receipts)
  const dropped = useApplicationDraftStore((s) => s.droppedOnLoad)
  const now = deps.now()
  const list = Object.values(drafts).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))

  const start = async (answers?: DraftAnswers) => {
    const id = await deps.newId()
    useApplicationDraftStore.getState().createDraft(id, deps.now(), answers, answers !== undefined)
    if (answers) deps.onPrecheckUsed?.()
    deps.onOpenForm()
  }
  const open = (id: string) => {
    useApplicationDraftStore.getState().openDraft(id)
    deps.onOpenForm()
  }

  return (
    <Page title='救助申请'>
      <Text className='apply-card__line'>低保、特困、低保边缘、刚性支出困难、临时救助，一次申请、分类审核。</Text>
      {dropped > 0 ? <Notice tone='warning'>有 {dropped} 份草稿因为数据损坏无法恢复，已经移除。</Notice> : null}
      {deps.precheckAnswers ? (
        <Notice tone='success' title='可以接着预检填'>
          <Text>用预检的答案填好了部分内容（户籍地、家庭成员的情况），你只需要补充其余信息。</Text>
          <Button onPress={() => void start(deps.precheckAnswers ?? undefined)}>用预检的答案开始申请</Button>
        </Notice>
      ) : null}
      {list.length ? (
        <View className='apply-section'>
          <Heading level={2}>继续填写</Heading>
          {list.map((d) => (
            <DraftCard
              key={d.id}
              draft={d}
              now={now}
              onContinue={() => open(d.id)}
              onDelete={() => {
                useApplicationDraftStore.getState().deleteDraft(d.id)
                deps.onDraftDeleted?.(d.id)
              }}
            />
          ))}
        </View>
      ) : null}
      <View className='apply-actions'>
        <Button onPress={() => void start()} block variant={list.length ? 'secondary' : 'primary'}>
          开始新的申请
        </Button>
      </View>
      {deps.onOpenPrecheck ? (
        <View className='apply-section'>
          <NavCell title='不确定能不能申请？' description='先做资格预检' onOpen={deps.onOpenPrecheck} />
        </View>
      ) : null}
      {receipts.length ? (
        <View className='apply-section'>
          <Heading level={2}>已提交的申请</Heading>
          {receipts.map((r) => (
            <NavCell
              key={r.reference}
              title={`申请编号 ${r.reference}`}
              description={r.programmes.map(programmeTitle).join('、')}
              onOpen={deps.onOpenProgress}
            />
          ))}
        </View>
      ) : null}
    </Page>
  )
}
