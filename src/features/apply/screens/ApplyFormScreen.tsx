import { useMemo, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Page } from '@/components/Page'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { StepIndicator } from '@/components/StepIndicator'
import { a11y } from '@/lib/a11y'
import type { FileStore } from '@/lib/fileStore/fileStore'
import type { PickedPhoto, PhotoSource } from '@/lib/pickPhotos'
import type { ApplicationService } from '@/services/applicationService'
import { flushDraftWrites, useApplicationDraftStore } from '@/stores/applicationDraftStore'
import type { DraftAnswers } from '@/domain/applicationDraft/draftAnswers'
import { needsReconsent, useConsentStore } from '@/stores/consentStore'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacyNotice'
import {
  STEP_IDS,
  STEP_TITLES,
  householdWarnings,
  nextStep,
  previousStep,
  stepIndex,
  validateStep,
  type FieldErrors,
  type StepId,
} from '../model/applySteps'
import {
  createDraftSubmitter,
  editedSincePendingSubmission,
  pendingSubmission,
  type SubmitOutcome,
} from '../model/submitApplicationDraft'
import { NoticeStep } from './steps/NoticeStep'
import { ProgrammesStep } from './steps/ProgrammesStep'
import { ApplicantStep } from './steps/ApplicantStep'
import { HouseholdStep } from './steps/HouseholdStep'
import { IncomeStep } from './steps/IncomeStep'
import { MaterialsStep } from './steps/MaterialsStep'
import { ConsentStep } from './steps/ConsentStep'
import { ReviewStep } from './steps/ReviewStep'
import { SubmitPanel } from './steps/SubmitPanel'
import './applyScreens.css'

export interface ApplyFormDependencies {
  applications: Pick<ApplicationService, 'submit'>
  fileStore: FileStore
  pickPhotos: (source: PhotoSource) => Promise<PickedPhoto[]>
  newKey: () => Promise<string>
  now: () => Date
  /** YYYY-MM-DD in China time. */
  today: () => string
  /**
   * Navigation, so that the screen is testable without Taro routing. editsNotIncluded: the office got what
   * was sent at an earlier press whose answer was lost, and the answers were changed after it.
   */
  onSubmitted: (reference: string, editsNotIncluded: boolean) => void
  /** Opens the progress page, of one application when its reference is known. */
  onOpenProgress: (reference: string | null) => void
  onOpenPrecheck?: () => void
  /** Opens the full 个人信息处理规则 (ROUTES.privacyRules). */
  onOpenPrivacyRules: () => void
  onLeave: () => void
}

const STEP_NAMES = STEP_IDS.map((s) => STEP_TITLES[s])

/** Shown on every step while the outcome of an earlier 提交 is unknown (its answer was lost). */
function PendingSubmissionNotice({ edited, onReview }: { edited: boolean; onReview: boolean }) {
  return (
    <Notice tone='warning' title='上次提交还没有确认结果'>
      <Text className='apply-card__line'>
        上次点“提交”后没有收到回复，还不知道乡镇（街道）有没有收到。{onReview ? '点下面的' : '回到“核对”点'}
        “重试提交”，会先把上次提交的内容原样再发一次来确认，不会重复申请。
      </Text>
      <Text className='apply-card__line'>
        {edited
          ? '你在上次提交之后改过内容。如果乡镇（街道）已经收到上次的内容，这些修改不会包含在申请里：提交成功后，请联系乡镇（街道）更正，或者撤回后重新申请。'
          : '在确认结果之前改动的内容，不会包含在上次提交的申请里。'}
      </Text>
    </Notice>
  )
}

function scrollToTop() {
  if (typeof window !== 'undefined' && typeof window.scrollTo === 'function') {
    try {
      window.scrollTo(0, 0)
    } catch {
      // jsdom
    }
  }
}

/** The application form: one step per screen, driven by the active draft in the draft store. */
export function ApplyFormScreen({ deps }: { deps: ApplyFormDependencies }) {
  const draftId = useApplicationDraftStore((s) => s.activeDraftId)
  const draft = useApplicationDraftStore((s) => (s.activeDraftId ? s.drafts[s.activeDraftId] : undefined))
  const [shownErrorsFor, setShownErrorsFor] = useState<StepId | null>(null)
  const [returnToReview, setReturnToReview] = useState(false)
  const [inFlight, setInFlight] = useState(false)
  const inFlightRef = useRef(false)
  // Subscribed so that an acceptance or a withdrawal elsewhere re-renders step 1.
  const acceptedVersion = useConsentStore((s) => s.acceptedVersion)
  const [privacyAgreed, setPrivacyAgreed] = useState(false)
  const [privacyError, setPrivacyError] = useState<string | null>(null)

  const submitDraft = useMemo(
    () =>
      createDraftSubmitter({
        service: deps.applications,
        newKey: deps.newKey,
        getDraft: (id) => useApplicationDraftStore.getState().drafts[id],
        setSubmission: (id, patch) => useApplicationDraftStore.getState().setSubmission(id, patch),
        flush: flushDraftWrites,
        complete: (id, receipt) => {
          useApplicationDraftStore.getState().completeSubmission(id, receipt)
          // The office has the application: its photos and signature leave the phone too (security.md P6). If the
          // app closes first, the start-up purge removes them (removeOrphanFiles).
          void deps.fileStore.removeForDraft(id).catch(() => undefined)
        },
        get today() {
          return deps.today()
        },
      }),
    [deps],
  )

  if (!draft || !draftId) {
    return (
      <Page title='救助申请'>
        <Notice tone='info'>没有正在填写的申请。</Notice>
        <Button onPress={deps.onLeave}>回到申请首页</Button>
      </Page>
    )
  }

  const step = draft.step
  const answers = draft.answers
  const today = deps.today()
  const errors: FieldErrors = shownErrorsFor === step ? validateStep(step, answers, today) : {}
  const warnings = householdWarnings(answers)
  const errorCount = Object.keys(errors).length
  const store = useApplicationDraftStore.getState()
  const update = (change: (a: DraftAnswers) => DraftAnswers) => store.updateAnswers(draftId, change, deps.now())

  const go = (target: StepId) => {
    store.goToStep(draftId, target, deps.now())
    flushDraftWrites()
    setShownErrorsFor(null)
    scrollToTop()
  }
  /**
   * PIPL Art. 14: the current version of the rules must be accepted before anything is collected. Records the
   * accepted version in the draft; false (with the message shown) when the box is not ticked.
   */
  const acceptCurrentRules = (): boolean => {
    if (needsReconsent()) {
      if (!privacyAgreed) {
        setPrivacyError('请先阅读个人信息处理规则，勾选“我已阅读并同意”，再开始填写')
        return false
      }
      useConsentStore.getState().accept(deps.now(), PRIVACY_NOTICE_VERSION)
    }
    setPrivacyError(null)
    const version = useConsentStore.getState().acceptedVersion ?? PRIVACY_NOTICE_VERSION
    update((a) => ({ ...a, consents: { ...a.consents, privacyNoticeVersion: version } }))
    return true
  }
  const goNext = () => {
    if (step === 'notice') {
      if (!acceptCurrentRules()) return
    } else if (Object.keys(validateStep(step, answers, today)).length > 0) {
      setShownErrorsFor(step)
      scrollToTop()
      return
    }
    const target = returnToReview ? 'review' : nextStep(step)
    setReturnToReview(false)
    if (target) go(target)
  }
  const goBack = () => {
    const target = previousStep(step)
    if (target) go(target)
    else deps.onLeave()
  }
  const editFromReview = (target: StepId) => {
    setReturnToReview(true)
    go(target)
  }

  const submit = async () => {
    // A ref, not state: a second tap before the re-render must also be ignored.
    if (inFlightRef.current) return
    inFlightRef.current = true
    setInFlight(true)
    let outcome: SubmitOutcome
    try {
      outcome = await submitDraft(draftId)
    } finally {
      inFlightRef.current = false
      setInFlight(false)
    }
    if (outcome.kind === 'submitted') deps.onSubmitted(outcome.receipt.reference, outcome.editsNotIncluded)
    else if (outcome.kind === 'incomplete') {
      go(outcome.step)
      setShownErrorsFor(outcome.step)
    }
  }

  const noticeStep = () => (
    <NoticeStep
      askConsent={needsReconsent()}
      rulesChanged={acceptedVersion !== null}
      agreed={privacyAgreed}
      onAgreedChange={(agreed) => {
        setPrivacyAgreed(agreed)
        if (agreed) setPrivacyError(null)
      }}
      onOpenRules={deps.onOpenPrivacyRules}
      error={privacyError}
    />
  )

  // A draft resumed after the rules changed (or after consent was withdrawn elsewhere) asks again before
  // anything more is collected or sent; the answers and the step are kept, and it goes on where it was.
  if (step !== 'notice' && needsReconsent()) {
    return (
      <Page title='请先确认个人信息处理规则'>
        <StepIndicator current={stepIndex(step) + 1} steps={STEP_NAMES} />
        <Notice tone='info' title='你填写的内容都还在'>
          <Text>同意后接着填写“{STEP_TITLES[step]}”。</Text>
        </Notice>
        {noticeStep()}
        <View className='apply-actions'>
          <Button
            onPress={() => {
              if (acceptCurrentRules()) scrollToTop()
            }}
            block
          >
            同意并接着填写
          </Button>
          <Button variant='secondary' onPress={deps.onLeave} block>
            先不填了
          </Button>
        </View>
      </Page>
    )
  }

  const common = { draftId, answers, update, errors, warnings, today }
  const body: Record<StepId, () => JSX.Element> = {
    notice: noticeStep,
    programmes: () => <ProgrammesStep {...common} onOpenPrecheck={deps.onOpenPrecheck} />,
    applicant: () => <ApplicantStep {...common} />,
    household: () => <HouseholdStep {...common} />,
    income: () => <IncomeStep {...common} />,
    materials: () => (
      <MaterialsStep {...common} deps={{ fileStore: deps.fileStore, pickPhotos: deps.pickPhotos, now: deps.now }} />
    ),
    consent: () => <ConsentStep {...common} fileStore={deps.fileStore} now={deps.now} />,
    review: () => <ReviewStep {...common} onEdit={editFromReview} />,
  }

  return (
    <Page title={STEP_TITLES[step]}>
      <StepIndicator current={stepIndex(step) + 1} steps={STEP_NAMES} />
      {errorCount > 0 ? (
        <Notice tone='danger' title={`还有 ${errorCount} 处需要修改`} live>
          <View {...a11y({ role: 'list' })}>
            {Object.entries(errors).map(([path, message]) => (
              <View key={path} className='apply-list__item' {...a11y({ role: 'listitem' })}>
                {message}
              </View>
            ))}
          </View>
        </Notice>
      ) : null}
      {pendingSubmission(draft) && !inFlight ? (
        <PendingSubmissionNotice edited={editedSincePendingSubmission(draft, today)} onReview={step === 'review'} />
      ) : null}
      {body[step]()}
      {step === 'review' ? (
        <SubmitPanel
          inFlight={inFlight}
          state={draft.submission.state}
          errorMessage={draft.submission.errorMessage}
          existingReference={draft.submission.existingReference}
          onSubmit={() => void submit()}
          onOpenProgress={() => deps.onOpenProgress(draft.submission.existingReference)}
        />
      ) : (
        <View className='apply-actions'>
          <Button onPress={goNext} block>
            {step === 'notice' ? '我已了解，开始填写' : returnToReview ? '保存并回到核对' : '保存并继续'}
          </Button>
        </View>
      )}
      <View className='apply-actions'>
        <Button
          variant='secondary'
          onPress={goBack}
          block
          label={step === 'notice' ? '返回' : `上一步：${STEP_TITLES[previousStep(step) ?? 'notice']}`}
        >
          {step === 'notice' ? '返回' : '上一步'}
        </Button>
      </View>
    </Page>
  )
}
