/**
 * PII regression (security.md §4.7, D1, D2): every screen that can be rendered here, with fixture data on the
 * device and in the mock backend, shows no full ID number and no full phone number in its text or its
 * accessible names. The two allowed places (the field being edited, the 显示 reveal on 核对) are not
 * switched on in these renders. The check is by pattern, so it catches any ID or phone, not just the fixture.
 */
import { act, render, waitFor } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'
import { setServicesForTesting } from '@/services/serviceRegistry'
import { createMockBackend } from '@mock/mockBackend'
import { buildApplicationPayload } from '@/features/apply/model/applicationPayloadBuilder'
import { useApplicationDraftStore } from '@/stores/applicationDraftStore'
import { useConsentStore } from '@/stores/consentStore'
import { HomeScreen } from '@/features/home/HomeScreen'
import { MeScreen } from '@/features/me/MeScreen'
import { SettingsScreen } from '@/features/me/SettingsScreen'
import { AboutScreen } from '@/features/me/AboutScreen'
import { PolicyListScreen } from '@/features/policy/PolicyListScreen'
import { ProgressScreen } from '@/features/progress/ProgressScreen'
import { ProgressDetailScreen } from '@/features/progress/ProgressDetailScreen'
import { ProgressQueryScreen } from '@/features/progress/ProgressQueryScreen'
import { MessagesScreen } from '@/features/messages/MessagesScreen'
import { DemoConsoleScreen } from '@/features/demo/DemoConsoleScreen'
import { ApplyStartScreen } from '@/features/apply/screens/ApplyStartScreen'
import { ApplyFormScreen } from '@/features/apply/screens/ApplyFormScreen'
import { ApplyConfirmationScreen } from '@/features/apply/screens/ApplyConfirmationScreen'
import { PrivacyRulesScreen } from '@/features/privacy/PrivacyRulesScreen'
import { MyDataScreen } from '@/features/privacy/MyDataScreen'
import type { FileStore } from '@/lib/fileStore/fileStore'
import { TODAY, threePersonAnswers } from '../../support/applicationFixtures'
import { FIXTURE_PHONE, findPii } from '../../support/piiFixtures'

const NOW = new Date(`${TODAY}T02:00:00.000Z`)
const noop = () => {}

const fakeFiles: FileStore = {
  save: async () => ({ ok: false, code: 'storage_failed', message: '' }),
  remove: async () => {},
  removeForDraft: async () => {},
  list: () => [],
  displayUrl: async () => null,
}

let reference = ''
let store = createKeyValueStore(createMemoryBackend())

beforeAll(async () => {
  store = createKeyValueStore(createMemoryBackend())
  const backend = createMockBackend({ store, deviceToken: 'e'.repeat(32), now: () => NOW.getTime() })
  setServicesForTesting(backend.services)
  const answers = threePersonAnswers()
  answers.applicant.phone = FIXTURE_PHONE
  const built = buildApplicationPayload(answers, TODAY)
  if (!built.ok) throw new Error(`fixture payload invalid at ${built.step}`)
  const submitted = await backend.services.applications.submit({
    idempotencyKey: 'pii-regression-key',
    payload: built.payload,
  })
  if (!submitted.ok) throw new Error(submitted.error.message)
  reference = submitted.value.reference
})

afterAll(() => setServicesForTesting(null))

beforeEach(() => {
  const answers = threePersonAnswers()
  answers.applicant.phone = FIXTURE_PHONE
  useApplicationDraftStore.setState({
    drafts: {},
    activeDraftId: null,
    receipts: [
      {
        reference: reference || 'SX202603150001',
        submittedAt: NOW.toISOString(),
        programmes: ['dibao'],
        townCode: answers.applicant.townCode,
        receivingOfficeName: null,
      },
    ],
  })
  useApplicationDraftStore.getState().createDraft('pii-draft', NOW, answers)
  useApplicationDraftStore.getState().goToStep('pii-draft', 'review', NOW)
  useConsentStore.getState().accept(NOW)
})

/** Visible text plus accessible names and titles. */
function exposedText(): string {
  const attrs = Array.from(document.body.querySelectorAll('[aria-label],[title],[placeholder]')).flatMap((el) =>
    ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
  )
  return [document.body.textContent ?? '', ...attrs].join('\n')
}

const screens: [string, () => ReactElement][] = [
  ['首页', () => <HomeScreen />],
  ['我的', () => <MeScreen />],
  ['设置', () => <SettingsScreen />],
  ['关于', () => <AboutScreen />],
  ['政策', () => <PolicyListScreen />],
  ['进度', () => <ProgressScreen />],
  ['进度详情', () => <ProgressDetailScreen reference={reference} />],
  ['进度查询', () => <ProgressQueryScreen />],
  ['消息', () => <MessagesScreen />],
  ['演示控制台', () => <DemoConsoleScreen />],
  [
    '申请开始',
    () => (
      <ApplyStartScreen
        deps={{ now: () => NOW, newId: async () => 'x', onOpenForm: noop, onOpenProgress: noop, precheckAnswers: null }}
      />
    ),
  ],
  [
    '申请核对',
    () => (
      <ApplyFormScreen
        deps={{
          applications: { submit: async () => ({ ok: false, error: { code: 'network', message: '' } }) },
          fileStore: fakeFiles,
          pickPhotos: async () => [],
          newKey: async () => 'k',
          now: () => NOW,
          today: () => TODAY,
          onSubmitted: noop,
          onOpenProgress: noop,
          onOpenPrivacyRules: noop,
          onLeave: noop,
        }}
      />
    ),
  ],
  ['申请已提交', () => <ApplyConfirmationScreen reference={reference} onOpenProgress={noop} onHome={noop} />],
  ['个人信息处理规则', () => <PrivacyRulesScreen now={() => NOW} />],
  ['我的数据', () => <MyDataScreen store={store} drafts={null} now={() => NOW} copyText={async () => true} />],
]

describe('no unmasked ID or phone on any screen', () => {
  it.each(screens)('%s', async (_name, screen) => {
    render(screen())
    // Let service calls (the mock backend answers asynchronously) settle.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    await waitFor(() => expect(document.body.textContent?.length ?? 0).toBeGreaterThan(0))
    expect(findPii(exposedText())).toEqual([])
  })

  it('the 核对 render really shows the fixture, masked', async () => {
    render(screens.find(([name]) => name === '申请核对')?.[1]() as ReactElement)
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(document.body.textContent).toContain('138****8000')
  })

  it('the check itself finds a full ID or phone', () => {
    expect(findPii('身份证 11010519491231002X')).toEqual(['11010519491231002X'])
    expect(findPii('电话 13800138000')).toEqual(['13800138000'])
    expect(findPii('140105********1234 138****8000 SX202603150001')).toEqual([])
  })
})
