/**
 * Three clearly fictional applications in different states, so that a fresh start has something to show:
 * 张某某 (低保, just submitted), 李某某 (低保边缘, 需补正), 王某某 (低保, 审核确认中). Their ID numbers are
 * generated and checksum-valid; their histories are replayed through the workflow module.
 */
import { applyTransition, createCase } from '@/domain/workflow/applyTransition'
import { chinaDateOf } from '@/domain/workflow/dates'
import type { WorkflowCase, WorkflowEvent } from '@/domain/workflow/types'
import type { ApplicationPayload, HouseholdMember } from '@/services/applicationPayload'
import { fakeIdNumber } from './fakeIdentities'
import { payloadHash, type MockDb, type StoredApplication } from './mockDb'

const DAY = 24 * 60 * 60 * 1000

function member(
  id: string,
  relation: HouseholdMember['relation'],
  name: string,
  idNumber: string,
  birthDate: string,
  wageFen = 0,
): HouseholdMember {
  return {
    id,
    relation,
    name,
    idNumber,
    birthDate,
    livesTogether: true,
    student: null,
    disability: null,
    seriousIllness: false,
    excluded: null,
    incomeMonthlyFen: { wage: wageFen, business: 0, property: 0, transfer: 0, exempt: 0 },
  }
}

function payload(
  programmes: ApplicationPayload['programmes'],
  name: string,
  idNumber: string,
  birthDate: string,
  region: ApplicationPayload['applicant']['region'],
  area: 'urban' | 'rural',
  others: HouseholdMember[],
): ApplicationPayload {
  return {
    programmes,
    applicant: { name, idNumber, phone: '13800000000', region, area, address: '（演示地址）' },
    agent: null,
    members: [member('m1', 'self', name, idNumber, birthDate), ...others],
    assets: { depositsFen: 0, vehicles: 0, homes: 1, registeredBusiness: false, meetsLocalRules: true },
    rigidSpendingAnnualFen: null,
    emergency: null,
    materials: [
      { itemId: 'hukou', status: 'uploaded', fileIds: ['demo-file-hukou'] },
      { itemId: 'id_card', status: 'uploaded', fileIds: ['demo-file-id'] },
      { itemId: 'authorisation', status: 'later', fileIds: [] },
    ],
    consents: {
      privacyNoticeVersion: 'demo-1',
      idPhotos: true,
      healthAndDisability: true,
      incomeAndAssets: true,
      minorsData: false,
      authorisationSignatureFileId: null,
      guardianConfirmedFor: [],
    },
  }
}

type Step = [dayOffset: number, event: WorkflowEvent | ((at: string) => WorkflowEvent)]

function replay(c: WorkflowCase, start: number, steps: Step[]): WorkflowCase {
  let current = c
  for (const [offset, make] of steps) {
    const at = new Date(start + offset * DAY).toISOString()
    const event = typeof make === 'function' ? make(at) : make
    const result = applyTransition(current, event, { at })
    if (!result.ok) throw new Error(`seed: ${result.reason}`)
    current = result.case
  }
  return current
}

function reference(at: number, seq: number): string {
  return `SX${chinaDateOf(new Date(at).toISOString()).replace(/-/g, '')}${String(seq).padStart(4, '0')}`
}

/** Adds the seed to an empty database. `nowMs` is the server clock; `deviceToken` makes them "mine". */
export function seedDb(db: MockDb, nowMs: number, deviceToken: string): MockDb {
  const linxian = { cityCode: '1411', countyCode: '141124', townCode: '141124100' }
  const xiaodian = { cityCode: '1401', countyCode: '140105', townCode: '140105001' }
  const linOffices = { township: '临泉镇人民政府', county: '临县民政局' }
  const xiaOffices = { township: '坞城街道办事处', county: '太原市小店区民政局' }

  const entries: {
    start: number
    payload: ApplicationPayload
    offices: Record<string, string>
    office: { townCode: string; name: string }
    steps: Step[]
    programme: WorkflowCase['programme']
    estimate: number | null
    caseworker: string
  }[] = [
    {
      // 王某某: the oldest, now waiting for the county's 审核确认.
      start: nowMs - 30 * DAY,
      programme: 'dibao',
      payload: payload(
        ['dibao'],
        '王某某',
        fakeIdNumber('140105', '1958-03-02', 231, false),
        '1958-03-02',
        xiaodian,
        'urban',
        [],
      ),
      offices: xiaOffices,
      office: { townCode: xiaodian.townCode, name: '坞城街道' },
      steps: [
        [1, { type: 'accept' }],
        [2, { type: 'start_verification' }],
        [6, { type: 'start_investigation', findings: '两名工作人员入户，家中无其他收入' }],
        [9, (at) => ({ type: 'publish', startDate: chinaDateOf(at) })],
        [17, { type: 'close_publicity' }],
      ],
      estimate: null,
      caseworker: '赵某某',
    },
    {
      // 李某某: 需补正.
      start: nowMs - 5 * DAY,
      programme: 'dibao_edge',
      payload: payload(
        ['dibao_edge'],
        '李某某',
        fakeIdNumber('141124', '1972-11-09', 452, true),
        '1972-11-09',
        linxian,
        'rural',
        [member('m2', 'child', '李小某', fakeIdNumber('141124', '2001-05-20', 118, false), '2001-05-20', 180000)],
      ),
      offices: linOffices,
      office: { townCode: linxian.townCode, name: '临泉镇' },
      steps: [[1, { type: 'request_supplement', items: ['家庭经济状况核对授权书', '户口簿'] }]],
      estimate: null,
      caseworker: '钱某某',
    },
    {
      // 张某某: just submitted.
      start: nowMs - 1 * DAY,
      programme: 'dibao',
      payload: payload(
        ['dibao'],
        '张某某',
        fakeIdNumber('141124', '1950-07-15', 317, false),
        '1950-07-15',
        linxian,
        'rural',
        [member('m2', 'spouse', '刘某某', fakeIdNumber('141124', '1952-01-08', 226, true), '1952-01-08')],
      ),
      offices: linOffices,
      office: { townCode: linxian.townCode, name: '临泉镇' },
      steps: [],
      estimate: null,
      caseworker: '孙某某',
    },
  ]

  const next: MockDb = { ...db, applications: [...db.applications], sequences: { ...db.sequences } }
  for (const e of entries) {
    const day = reference(e.start, 0).slice(2, 10)
    const seq = (next.sequences[day] ?? 0) + 1
    next.sequences[day] = seq
    const ref = reference(e.start, seq)
    const submittedAt = new Date(e.start).toISOString()
    const c = replay(createCase({ id: ref, programme: e.programme, submittedAt, offices: e.offices }), e.start, e.steps)
    const app: StoredApplication = {
      reference: ref,
      deviceToken,
      idempotencyKey: null,
      payloadHash: payloadHash(e.payload),
      payload: e.payload,
      receivingOffice: e.office,
      estimatedMonthlyFen: e.estimate,
      supplementProvided: [],
      caseworker: e.caseworker,
      case: c,
    }
    next.applications.push(app)
  }
  return next
}
