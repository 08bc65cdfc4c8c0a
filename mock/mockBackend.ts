/**
 * The embedded mock backend: every service port over one database kept in the key-value store. It trusts
 * nothing the client holds: every request is re-validated, statuses only change through the workflow module,
 * and the database itself is validated whenever it is read.
 */
import { applyTransition, createCase } from '@/domain/workflow/applyTransition'
import { chinaDateOf } from '@/domain/workflow/dates'
import { nextStep } from '@/domain/workflow/holder'
import { PROGRAMME_LABELS, STATUS_LABELS } from '@/domain/workflow/labels'
import { isTerminal } from '@/domain/workflow/transitions'
import type { Programme, WorkflowCase, WorkflowEvent } from '@/domain/workflow/types'
import { addWorkingDays } from '@/domain/workflow/workingDays'
import { calendarDaysBetween } from '@/domain/workflow/dates'
import { normalizeIdNumber } from '@/domain/validation/idNumber'
import type { KeyValueStore } from '@/lib/storage/keyValueStore'
import type { ApplicationPayload, ProgrammeId } from '@/services/applicationPayload'
import type { SubmitReceipt, SupplementRequest } from '@/services/applicationService'
import type { DemoClock, OfficeAction } from '@/services/demoService'
import type { PolicyFullTextList, PolicyList } from '@/services/policyService'
import type { PolicyArticle, PolicyLibrary } from '@/content/policyNodes'
import { blockText, buildPolicyIndex, parsePolicyIndex } from '@/content/policySummaries'
import type { ServiceError, ServiceResult } from '@/services/serviceErrors'
import type { Services } from '@/services/services'
import { demoCaseOf, detailOf, openSupplementItems, summaryOf } from './caseViews'
import { estimateFor, recheckEligibility } from './eligibilityRecheck'
import { createFaultController, type FaultController, type FaultOptions } from './mockFaults'
import {
  emptyDb,
  payloadHash,
  quarantine,
  readDb,
  writeDb,
  type MockDb,
  type StoredApplication,
  type StoredMessage,
} from './mockDb'
import { seedDb } from './mockSeed'
import { validateApplicationPayload } from './validateApplicationPayload'

export interface MockBackendOptions {
  store: KeyValueStore
  /** This device's random token: "mine" = submitted with it. Never an ID number. */
  deviceToken: string
  /** The real clock (injectable for tests); the demo clock adds the offset stored in the database. */
  now?: () => number
  faults?: FaultOptions
  /** Seed the three demo applications when the database is created (default true). */
  seed?: boolean
  /** Name of a Shanxi division code (乡镇/街道, county), when the divisions data is available. */
  divisionName?: (code: string) => string | null
  /** The policy library, loaded lazily (the generated content file). */
  policyLibrary?: () => PolicyLibrary
  /**
   * The small policy index (raw policySummaries.json), so the 政策 tab can list and search without the full
   * library, which ships only in the policy subpackage. Without it, list() derives the index from the library.
   */
  policyIndex?: () => unknown
  /** Told when the stored database was unreadable and set aside. */
  onRecovered?: (reason: 'corrupt') => void
}

export interface MockBackend {
  services: Services
  faults: FaultController
}

const ok = <T>(value: T): ServiceResult<T> => ({ ok: true, value })
const fail = <T>(error: ServiceError): ServiceResult<T> => ({ ok: false, error })
const notFound = <T>(): ServiceResult<T> => fail({ code: 'not_found', message: '没有找到这份申请。请核对受理编号。' })
const invalid = <T>(message: string, path?: string): ServiceResult<T> =>
  fail({ code: 'validation', message, fieldErrors: path ? [{ path, message }] : undefined })

const REFERENCE_PATTERN = /^SX\d{12}$/
const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/

/** One application, classified review: the case follows the procedure of the strongest programme asked for. */
export function workflowProgrammeOf(payload: ApplicationPayload): Programme {
  const order: ProgrammeId[] = ['tekun', 'dibao', 'dibao_edge', 'rigid_expense', 'temporary']
  const first = order.find((p) => payload.programmes.includes(p)) ?? 'dibao'
  if (first === 'temporary') return payload.emergency ? 'temporary_emergency' : 'temporary_expense'
  return first
}

function officeName(townName: string | null): string | undefined {
  if (!townName) return undefined
  return townName.endsWith('街道') ? `${townName}办事处` : `${townName}人民政府`
}

export function createMockBackend(options: MockBackendOptions): MockBackend {
  const { store, deviceToken } = options
  const realNow = options.now ?? (() => Date.now())
  const faults = createFaultController(options.faults)
  /** References opened through query() in this session (代办 look-ups): readable, not changeable. */
  const queried = new Set<string>()
  /** When storage cannot be used at all, the session goes on in memory. */
  let memoryOnly: MockDb | null = null

  const nowIso = (db: MockDb) => new Date(realNow() + db.clockOffsetMs).toISOString()
  const todayOf = (db: MockDb) => chinaDateOf(nowIso(db))

  function addMessages(db: MockDb, app: StoredApplication, before: WorkflowCase | null) {
    const c = app.case
    if (before && before.status === c.status) return
    const at = c.log.length > 0 ? c.log[c.log.length - 1].at : c.submittedAt
    const message: StoredMessage = {
      id: `msg-${db.nextMessageId}`,
      reference: app.reference,
      deviceToken: app.deviceToken,
      at,
      status: c.status,
      title: `${PROGRAMME_LABELS[c.programme]}：${STATUS_LABELS[c.status]}`,
      body: nextStep(c),
      read: false,
    }
    db.nextMessageId += 1
    db.messages.push(message)
  }

  function freshDb(): MockDb {
    let db = emptyDb()
    if (options.seed === false) return db
    db = seedDb(db, realNow(), deviceToken)
    const today = todayOf(db)
    for (const app of db.applications) {
      app.estimatedMonthlyFen = estimateFor(recheckEligibility(app.payload, today), app.case.programme)
      // One message per status change of the seeded history.
      const log = app.case.log
      const states = [0, ...log.filter((e) => e.from !== e.to).map((e) => e.seq)]
      for (const upTo of states) {
        const status = upTo === 0 ? 'submitted' : log[upTo - 1].to
        addMessages(db, { ...app, case: { ...app.case, status, log: log.slice(0, upTo) } }, null)
      }
    }
    // The seeded history is old news: only later changes count as unread.
    for (const m of db.messages) m.read = true
    return db
  }

  function load(): MockDb {
    if (memoryOnly) return memoryOnly
    const read = readDb(store)
    if (read.kind === 'loaded') {
      if (read.migratedFrom !== undefined) writeDb(store, read.db)
      return read.db
    }
    if (read.kind === 'unavailable') {
      memoryOnly = freshDb()
      return memoryOnly
    }
    if (read.kind === 'corrupt') {
      quarantine(store, read.raw)
      options.onRecovered?.('corrupt')
    }
    const db = freshDb()
    if (!writeDb(store, db)) memoryOnly = db
    return db
  }

  /** Writes the whole database in one go: the application and its idempotency record together. */
  function commit(db: MockDb): boolean {
    if (memoryOnly) {
      memoryOnly = db
      return true
    }
    return writeDb(store, db)
  }

  const storageFailed = <T>() => fail<T>({ code: 'server', message: '保存失败，手机存储空间可能已满。请清理后再试。' })

  function clone(db: MockDb): MockDb {
    return JSON.parse(JSON.stringify(db)) as MockDb
  }

  function findApp(db: MockDb, reference: unknown): StoredApplication | undefined {
    if (typeof reference !== 'string' || !REFERENCE_PATTERN.test(reference)) return undefined
    return db.applications.find((a) => a.reference === reference)
  }

  const isMine = (app: StoredApplication) => app.deviceToken !== null && app.deviceToken === deviceToken

  function transition(
    db: MockDb,
    app: StoredApplication,
    event: WorkflowEvent,
  ): { ok: true } | { ok: false; error: ServiceError } {
    const before = app.case
    const result = applyTransition(before, event, { at: nowIso(db) })
    if (!result.ok) return { ok: false, error: { code: 'illegal_transition', message: result.reason } }
    app.case = result.case
    addMessages(db, app, before)
    return { ok: true }
  }

  function nextReference(db: MockDb): string {
    const day = todayOf(db).replace(/-/g, '')
    const seq = (db.sequences[day] ?? 0) + 1
    db.sequences[day] = seq
    return `SX${day}${String(seq).padStart(4, '0')}`
  }

  const clockOf = (db: MockDb): DemoClock => ({ now: nowIso(db), today: todayOf(db) })

  const services: Services = {
    applications: {
      submit: (request) =>
        faults.run(() => {
          if (typeof request !== 'object' || request === null) return invalid('请求内容不对')
          if (typeof request.idempotencyKey !== 'string' || !KEY_PATTERN.test(request.idempotencyKey))
            return invalid('提交编号无效，请重新提交', 'idempotencyKey')
          const db = clone(load())
          const today = todayOf(db)
          const checked = validateApplicationPayload(request.payload, today)
          if (!checked.ok)
            return fail({
              code: 'validation',
              message: '有些内容需要修改，请按提示检查。',
              fieldErrors: checked.errors,
            })
          const payload = checked.value
          const hash = payloadHash(payload)
          const seen = db.idempotency[request.idempotencyKey]
          if (seen) {
            if (seen.payloadHash !== hash)
              return fail({
                code: 'idempotency_conflict',
                message: '这次提交和之前用同一编号提交的内容不一样。请从草稿重新提交。',
              })
            return ok<SubmitReceipt>({ ...seen.receipt, replayed: true })
          }
          const applicantId = normalizeIdNumber(payload.applicant.idNumber)
          const active = db.applications.find(
            (a) =>
              !isTerminal(a.case.status) &&
              normalizeIdNumber(a.payload.applicant.idNumber) === applicantId &&
              a.payload.programmes.some((p) => payload.programmes.includes(p)),
          )
          if (active)
            return fail({
              code: 'duplicate_active',
              message: `这位申请人已有一份同类申请正在办理（受理编号 ${active.reference}），不能重复申请。可以在“进度”里查看。`,
              existingReference: active.reference,
            })
          const reference = nextReference(db)
          const submittedAt = nowIso(db)
          const town = payload.applicant.region.townCode
          const townName = options.divisionName?.(town) ?? null
          const countyName = options.divisionName?.(payload.applicant.region.countyCode) ?? null
          const programme = workflowProgrammeOf(payload)
          const selfMember = payload.members.find((m) => m.relation === 'self')
          const offices: Record<string, string> = {}
          const township = officeName(townName)
          if (township) offices.township = township
          if (countyName) offices.county = `${countyName}民政局`
          const c = createCase({
            id: reference,
            programme,
            submittedAt,
            offices,
            subjectIsMinor:
              programme === 'tekun' &&
              !!selfMember &&
              Number(today.slice(0, 4)) - Number(selfMember.birthDate.slice(0, 4)) < 18,
          })
          const receivingOffice = { townCode: town, name: townName }
          const app: StoredApplication = {
            reference,
            deviceToken,
            idempotencyKey: request.idempotencyKey,
            payloadHash: hash,
            payload,
            receivingOffice,
            estimatedMonthlyFen: estimateFor(recheckEligibility(payload, today), programme),
            supplementProvided: [],
            caseworker: '周某某',
            case: c,
          }
          db.applications.push(app)
          addMessages(db, app, null)
          const receipt: SubmitReceipt = { reference, submittedAt, receivingOffice, replayed: false }
          db.idempotency[request.idempotencyKey] = { payloadHash: hash, receipt }
          if (!commit(db)) return storageFailed()
          return ok(receipt)
        }),

      withdraw: (request) =>
        faults.run(() => {
          const db = clone(load())
          const app = findApp(db, request?.reference)
          if (!app || !isMine(app)) return notFound()
          const reason = typeof request.reason === 'string' ? request.reason.trim() : ''
          if (!reason || reason.length > 200) return invalid('请简单写明撤回的原因（200 字以内）', 'reason')
          const moved = transition(db, app, { type: 'withdraw', reason })
          if (!moved.ok) return fail(moved.error)
          if (!commit(db)) return storageFailed()
          return ok({ reference: app.reference })
        }),

      supplement: (request: SupplementRequest) =>
        faults.run(() => {
          const db = clone(load())
          const app = findApp(db, request?.reference)
          if (!app || !isMine(app)) return notFound()
          if (app.case.status !== 'needs_supplement')
            return fail({ code: 'illegal_transition', message: '这份申请现在不需要补正材料。' })
          if (!Array.isArray(request.items) || request.items.length === 0) return invalid('请选择要补交的材料', 'items')
          const open = openSupplementItems(app)
          const at = nowIso(db)
          for (const [i, item] of request.items.entries()) {
            if (!item || typeof item.itemId !== 'string' || !(app.case.supplementItems ?? []).includes(item.itemId))
              return invalid('补正通知里没有这项材料', `items[${i}].itemId`)
            if (item.how !== 'uploaded' && item.how !== 'at_window') return invalid('补交方式不对', `items[${i}].how`)
            if (item.how === 'uploaded' && (!Array.isArray(item.fileIds) || item.fileIds.length === 0))
              return invalid('没有收到上传的文件', `items[${i}].fileIds`)
            if (open.includes(item.itemId)) app.supplementProvided.push({ item: item.itemId, how: item.how, at })
          }
          if (!commit(db)) return storageFailed()
          return ok({ reference: app.reference, remaining: openSupplementItems(app) })
        }),
    },

    progress: {
      listMine: () =>
        faults.run(() => {
          const db = load()
          const mine = db.applications
            .filter(isMine)
            .sort((a, b) =>
              a.case.submittedAt < b.case.submittedAt ? 1 : a.case.submittedAt > b.case.submittedAt ? -1 : 0,
            )
          return ok(mine.map(summaryOf))
        }),
      detail: (reference) =>
        faults.run(() => {
          const db = load()
          const app = findApp(db, reference)
          if (!app || !(isMine(app) || queried.has(app.reference))) return notFound()
          return ok(detailOf(app, todayOf(db), isMine(app)))
        }),
      query: (query) =>
        faults.run(() => {
          const reference = typeof query?.reference === 'string' ? query.reference.trim().toUpperCase() : ''
          const tail = typeof query?.idNumberLast6 === 'string' ? normalizeIdNumber(query.idNumberLast6) : ''
          const fieldErrors = []
          if (!REFERENCE_PATTERN.test(reference))
            fieldErrors.push({ path: 'reference', message: '受理编号是 SX 加 12 位数字，请核对' })
          if (!/^\d{5}[\dX]$/.test(tail))
            fieldErrors.push({ path: 'idNumberLast6', message: '请填写身份证号的最后 6 位' })
          if (fieldErrors.length > 0) return fail({ code: 'validation', message: '请检查填写的内容。', fieldErrors })
          const db = load()
          const app = findApp(db, reference)
          // The same answer whether the reference or the ID tail is wrong: no guessing which one exists.
          if (!app || !normalizeIdNumber(app.payload.applicant.idNumber).endsWith(tail))
            return fail({ code: 'not_found', message: '没有找到对应的申请。请核对受理编号和身份证号后 6 位。' })
          queried.add(app.reference)
          return ok(detailOf(app, todayOf(db), isMine(app)))
        }),
    },

    messages: {
      list: () =>
        faults.run(() => {
          const db = load()
          const mine = db.messages.filter((m) => m.deviceToken === deviceToken)
          return ok(
            mine
              .map(({ deviceToken: _d, ...m }) => ({ ...m }))
              .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : Number(b.id.slice(4)) - Number(a.id.slice(4)))),
          )
        }),
      unreadCount: () =>
        faults.run(() => ok(load().messages.filter((m) => m.deviceToken === deviceToken && !m.read).length)),
      markRead: (ids) =>
        faults.run(() => {
          if (ids !== undefined && (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')))
            return invalid('消息编号不对')
          const db = clone(load())
          for (const m of db.messages)
            if (m.deviceToken === deviceToken && (ids === undefined || ids.includes(m.id))) m.read = true
          if (!commit(db)) return storageFailed()
          return ok({ unread: db.messages.filter((m) => m.deviceToken === deviceToken && !m.read).length })
        }),
    },

    eligibility: {
      recheck: (payload) =>
        faults.run(() => {
          const db = load()
          const today = todayOf(db)
          const checked = validateApplicationPayload(payload, today)
          if (!checked.ok)
            return fail({
              code: 'validation',
              message: '有些内容需要修改，请按提示检查。',
              fieldErrors: checked.errors,
            })
          return ok(recheckEligibility(checked.value, today))
        }),
    },

    policies: {
      list: () =>
        faults.run(() => {
          const index = loadIndex()
          if (!index) return fail({ code: 'server', message: '政策内容暂时无法读取，请稍后再试。' })
          const value: PolicyList = { disclaimer: index.disclaimer, items: index.items }
          return ok(value)
        }),
      get: (id) =>
        faults.run(() => {
          const library = loadLibrary()
          if (!library) return fail({ code: 'server', message: '政策内容暂时无法读取，请稍后再试。' })
          const article = library.articles.find((a) => a.slug === id)
          return article ? ok<PolicyArticle>(article) : fail({ code: 'not_found', message: '没有找到这篇政策解读。' })
        }),
      fullText: () =>
        faults.run(() => {
          const index = loadIndex()
          const library = loadLibrary()
          if (!index || !library) return fail({ code: 'server', message: '政策内容暂时无法读取，请稍后再试。' })
          const bodies = new Map(library.articles.map((a) => [a.slug, blockText(a.body)]))
          const value: PolicyFullTextList = {
            disclaimer: index.disclaimer,
            items: index.items.map((summary) => ({ ...summary, bodyText: bodies.get(summary.id) ?? '' })),
          }
          return ok(value)
        }),
    },

    demo: {
      listCases: () =>
        faults.run(() => {
          const db = load()
          return ok(
            [...db.applications].sort((a, b) => (a.case.submittedAt < b.case.submittedAt ? 1 : -1)).map(demoCaseOf),
          )
        }),
      act: (reference, action: OfficeAction) =>
        faults.run(() => {
          const db = clone(load())
          const app = findApp(db, reference)
          if (!app) return notFound()
          const event = officeEvent(action, todayOf(db))
          if (!event) return invalid('无法识别的办理事项')
          const moved = transition(db, app, event)
          if (!moved.ok) return fail(moved.error)
          if (event.type === 'supplement_received') app.supplementProvided = []
          if (!commit(db)) return storageFailed()
          return ok(demoCaseOf(app))
        }),
      clock: () => faults.run(() => ok(clockOf(load()))),
      advanceWorkingDays: (days) =>
        faults.run(() => {
          if (!Number.isInteger(days) || days < 1 || days > 60) return invalid('请填 1 到 60 之间的整数', 'days')
          const db = clone(load())
          const today = todayOf(db)
          const target = addWorkingDays(today, days).value
          db.clockOffsetMs += calendarDaysBetween(today, target) * 24 * 60 * 60 * 1000
          if (!commit(db)) return storageFailed()
          return ok(clockOf(db))
        }),
      reset: () =>
        faults.run(() => {
          memoryOnly = null
          queried.clear()
          const db = freshDb()
          if (!commit(db)) memoryOnly = db
          return ok(clockOf(db))
        }),
    },
  }

  function loadIndex() {
    try {
      if (options.policyIndex) {
        const parsed = parsePolicyIndex(options.policyIndex())
        return parsed.ok ? parsed.value : null
      }
      const library = loadLibrary()
      // Per-keyword initials are only known at build time; the keywords' own initials still match.
      return library ? buildPolicyIndex(library, () => '') : null
    } catch {
      return null
    }
  }

  function loadLibrary(): PolicyLibrary | null {
    try {
      return options.policyLibrary ? options.policyLibrary() : null
    } catch {
      return null
    }
  }

  return { services, faults }
}

/** The office-side actions of the demo console, as workflow events dated by the demo clock. */
function officeEvent(action: OfficeAction, today: string): WorkflowEvent | null {
  if (typeof action !== 'object' || action === null) return null
  switch (action.type) {
    case 'publish':
      return { type: 'publish', startDate: today }
    case 'approve':
      return { type: 'approve', date: today, amountFen: action.amountFen }
    case 'assess_self_care':
      return { type: 'assess_self_care', unableActivities: action.unableActivities as never }
    case 'accept':
    case 'request_supplement':
    case 'supplement_received':
    case 'start_verification':
    case 'start_investigation':
    case 'democratic_review':
    case 'object':
    case 'close_publicity':
    case 'refuse':
    case 'grant_emergency_aid':
    case 'complete_paperwork':
      return action as WorkflowEvent
    default:
      return null
  }
}
