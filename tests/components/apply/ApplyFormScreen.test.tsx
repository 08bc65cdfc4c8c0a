/**
 * The application form over the real draft store: a submission whose answer was lost, an edit, and the
 * retry that resolves the earlier press (the confirmation says the edit is not included).
 */
import { render, screen, fireEvent, waitFor } from '@testing-library/react'
import { ApplyFormScreen, type ApplyFormDependencies } from '@/features/apply/screens/ApplyFormScreen'
import { ApplyConfirmationScreen } from '@/features/apply/screens/ApplyConfirmationScreen'
import { useApplicationDraftStore } from '@/stores/applicationDraftStore'
import { useConsentStore } from '@/stores/consentStore'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacyNotice'
import type { SubmitRequest, SubmitReceipt } from '@/services/applicationService'
import type { ServiceResult } from '@/services/serviceErrors'
import type { FileStore } from '@/lib/fileStore/fileStore'
import type { StepId } from '@/features/apply/model/applySteps'
import { TODAY, threePersonAnswers } from '../../support/applicationFixtures'

const NOW = new Date(`${TODAY}T02:00:00.000Z`)
const noop = () => {}
/** A file store that records which drafts' files were deleted. */
function fakeFiles(): FileStore & { removedForDrafts: string[] } {
  const removedForDrafts: string[] = []
  return {
    removedForDrafts,
    save: async () => ({ ok: false, code: 'storage_failed', message: '' }),
    remove: async () => {},
    removeForDraft: async (draftId) => {
      removedForDrafts.push(draftId)
    },
    list: () => [],
    displayUrl: async () => null,
  }
}
const receipt: SubmitReceipt = {
  reference: 'SX202603150001',
  submittedAt: NOW.toISOString(),
  receivingOffice: { townCode: '141124100', name: '城庄镇' },
  replayed: true,
}

function setup(answers: ServiceResult<SubmitReceipt>[], step: StepId = 'review') {
  useApplicationDraftStore.setState({ drafts: {}, activeDraftId: null, receipts: [] })
  useApplicationDraftStore.getState().createDraft('d', NOW, threePersonAnswers())
  useApplicationDraftStore.getState().goToStep('d', step, NOW)
  const requests: SubmitRequest[] = []
  const onSubmitted = jest.fn()
  const onOpenPrivacyRules = jest.fn()
  const files = fakeFiles()
  const deps: ApplyFormDependencies = {
    applications: {
      submit: async (req) => {
        requests.push(req)
        return answers.shift() as ServiceResult<SubmitReceipt>
      },
    },
    fileStore: files,
    pickPhotos: async () => [],
    newKey: async () => 'component-key-1',
    now: () => NOW,
    today: () => TODAY,
    onSubmitted,
    onOpenProgress: noop,
    onOpenPrivacyRules,
    onLeave: noop,
  }
  render(<ApplyFormScreen deps={deps} />)
  return { requests, onSubmitted, onOpenPrivacyRules, files }
}

const draft = () => useApplicationDraftStore.getState().drafts.d
const startButton = () => screen.getByRole('button', { name: '我已了解，开始填写' })
const consentBox = () => screen.queryByRole('checkbox', { name: '我已阅读并同意《个人信息处理规则》' })

describe('ApplyFormScreen: step 1 asks for consent to the current 个人信息处理规则 when needsReconsent()', () => {
  beforeEach(() => useConsentStore.setState({ acceptedVersion: null, acceptedAt: null, history: [] }))

  it('nothing accepted: an unticked box must be ticked before going on; the version goes into the draft', async () => {
    const { onOpenPrivacyRules } = setup([], 'notice')
    expect(consentBox()?.getAttribute('aria-checked')).toBe('false')
    fireEvent.click(startButton())
    expect(await screen.findByText(/勾选“我已阅读并同意”/)).toBeTruthy()
    expect(draft().step).toBe('notice')
    expect(useConsentStore.getState().acceptedVersion).toBeNull()

    fireEvent.click(screen.getByRole('link', { name: /查看完整的个人信息处理规则/ }))
    expect(onOpenPrivacyRules).toHaveBeenCalledTimes(1)

    fireEvent.click(consentBox() as HTMLElement)
    expect(consentBox()?.getAttribute('aria-checked')).toBe('true')
    fireEvent.click(startButton())
    await waitFor(() => expect(draft().step).toBe('programmes'))
    expect(useConsentStore.getState().acceptedVersion).toBe(PRIVACY_NOTICE_VERSION)
    expect(draft().answers.consents.privacyNoticeVersion).toBe(PRIVACY_NOTICE_VERSION)
  })

  it('an older version accepted: says the rules changed and asks again', async () => {
    useConsentStore.getState().accept(NOW, '2025-01-01.1')
    setup([], 'notice')
    expect(screen.getByText('个人信息处理规则更新了')).toBeTruthy()
    fireEvent.click(startButton())
    expect(draft().step).toBe('notice')
    fireEvent.click(consentBox() as HTMLElement)
    fireEvent.click(startButton())
    await waitFor(() => expect(draft().step).toBe('programmes'))
    expect(useConsentStore.getState().acceptedVersion).toBe(PRIVACY_NOTICE_VERSION)
  })

  it('the current version already accepted: no box, and the accepted version goes into the draft', async () => {
    useConsentStore.getState().accept(NOW)
    setup([], 'notice')
    expect(consentBox()).toBeNull()
    fireEvent.click(startButton())
    await waitFor(() => expect(draft().step).toBe('programmes'))
    expect(draft().answers.consents.privacyNoticeVersion).toBe(PRIVACY_NOTICE_VERSION)
  })
})

// jsdom has no scrolling; the form scrolls to the top on each step change.
beforeAll(() => {
  window.scrollTo = jest.fn() as unknown as typeof window.scrollTo
})

const editAddress = (address: string) =>
  useApplicationDraftStore.getState().updateAnswers('d', (a) => ({ ...a, applicant: { ...a.applicant, address } }), NOW)

describe('ApplyFormScreen: a draft resumed after the rules changed', () => {
  it('asks again before anything more is collected, keeps the answers and goes on at the same step', async () => {
    useConsentStore.setState({ acceptedVersion: null, acceptedAt: null, history: [] })
    useConsentStore.getState().accept(NOW, '2025-01-01.1')
    setup([], 'income')
    const before = draft().answers
    expect(screen.getByText('你填写的内容都还在')).toBeTruthy()
    expect(screen.getByText('个人信息处理规则更新了')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '保存并继续' })).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: '同意并接着填写' }))
    expect(await screen.findByText(/勾选“我已阅读并同意”/)).toBeTruthy()
    expect(useConsentStore.getState().acceptedVersion).toBe('2025-01-01.1')

    fireEvent.click(consentBox() as HTMLElement)
    fireEvent.click(screen.getByRole('button', { name: '同意并接着填写' }))
    expect(await screen.findByRole('button', { name: '保存并继续' })).toBeTruthy()
    expect(screen.queryByText('你填写的内容都还在')).toBeNull()
    expect(draft().step).toBe('income')
    expect(useConsentStore.getState().acceptedVersion).toBe(PRIVACY_NOTICE_VERSION)
    expect(draft().answers.consents.privacyNoticeVersion).toBe(PRIVACY_NOTICE_VERSION)
    expect({ ...draft().answers, consents: before.consents }).toEqual(before)
  })

  it('the review step cannot be submitted until the new rules are accepted', () => {
    useConsentStore.setState({ acceptedVersion: null, acceptedAt: null, history: [] })
    useConsentStore.getState().accept(NOW, '2025-01-01.1')
    const { requests } = setup([])
    expect(screen.queryByRole('button', { name: '确认无误，提交申请' })).toBeNull()
    expect(screen.getByRole('button', { name: '同意并接着填写' })).toBeTruthy()
    expect(requests).toEqual([])
  })
})

describe('ApplyFormScreen: a submission whose answer was lost', () => {
  beforeEach(() => {
    useConsentStore.setState({ acceptedVersion: null, acceptedAt: null, history: [] })
    useConsentStore.getState().accept(NOW)
  })

  it('shows the pending notice, warns about later edits, and the retry confirms the earlier press', async () => {
    const { requests, onSubmitted, files } = setup([
      { ok: false, error: { code: 'timeout', message: '超时' } },
      { ok: true, value: receipt },
    ])
    expect(screen.queryByText('上次提交还没有确认结果')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '确认无误，提交申请' }))
    expect(await screen.findByText('上次提交还没有确认结果')).toBeTruthy()
    expect(screen.getByText(/会先把上次提交的内容原样再发一次来确认/)).toBeTruthy()
    expect(screen.queryByText(/你在上次提交之后改过内容/)).toBeNull()
    // Not acknowledged yet: the draft and its photos stay.
    expect(files.removedForDrafts).toEqual([])
    expect(draft()).toBeDefined()

    editAddress('城庄镇某村 5 组 1 号')
    expect(await screen.findByText(/你在上次提交之后改过内容/)).toBeTruthy()
    expect(screen.getByText(/联系乡镇（街道）更正，或者撤回后重新申请/)).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: '重试提交' }))
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith('SX202603150001', true))
    expect(requests.map((r) => [r.idempotencyKey, r.payload.applicant.address])).toEqual([
      ['component-key-1', '城庄镇某村 3 组 12 号'],
      ['component-key-1', '城庄镇某村 3 组 12 号'],
    ])
    expect(files.removedForDrafts).toEqual(['d'])
  })

  it('a first submission that succeeds reports no late edits, and leaves no draft, photo or signature behind', async () => {
    const { onSubmitted, files } = setup([{ ok: true, value: { ...receipt, replayed: false } }])
    fireEvent.click(screen.getByRole('button', { name: '确认无误，提交申请' }))
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith('SX202603150001', false))
    expect(draft()).toBeUndefined()
    expect(files.removedForDrafts).toEqual(['d'])
    expect(useApplicationDraftStore.getState().receipts.map((r) => r.reference)).toEqual(['SX202603150001'])
  })
})

describe('ApplyConfirmationScreen', () => {
  beforeEach(() => {
    useApplicationDraftStore.setState({
      drafts: {},
      activeDraftId: null,
      receipts: [
        {
          reference: 'SX202603150001',
          submittedAt: NOW.toISOString(),
          programmes: ['dibao'],
          townCode: '141124100',
          receivingOfficeName: '城庄镇',
        },
      ],
    })
  })

  it('says plainly that edits after the press are not included, and how to correct them', () => {
    render(<ApplyConfirmationScreen reference='SX202603150001' editsNotIncluded onOpenProgress={noop} onHome={noop} />)
    expect(screen.getByText('后来改的内容没有包含在申请里')).toBeTruthy()
    expect(screen.getByText(/联系受理的乡镇（街道）/)).toBeTruthy()
    expect(screen.getByText(/撤回这份申请，再重新申请/)).toBeTruthy()
  })

  it('says nothing about edits otherwise', () => {
    render(<ApplyConfirmationScreen reference='SX202603150001' onOpenProgress={noop} onHome={noop} />)
    expect(screen.queryByText('后来改的内容没有包含在申请里')).toBeNull()
  })
})
