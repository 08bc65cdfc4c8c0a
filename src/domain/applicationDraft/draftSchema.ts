/**
 * Schema of a stored draft, used by the draft store's validating merge: a draft that does not match is
 * dropped (and counted), never half-loaded. Also the expiry rule (30 days without edits, security.md §1.6).
 */
import * as v from 'valibot'
import { STEP_IDS } from './draftSteps'
import { INCOME_KINDS, type DraftAnswers } from './draftAnswers'
import { applicationPayloadSchema } from '@/services/applicationPayloadSchema'

export const DRAFT_TTL_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

const str = v.string()
const nullablePick = <T extends string>(values: readonly T[]) => v.nullable(v.picklist(values as T[]))

const income = v.object(
  Object.fromEntries(INCOME_KINDS.map((k) => [k, str])) as Record<(typeof INCOME_KINDS)[number], typeof str>,
)

const member = v.object({
  id: v.pipe(str, v.minLength(1)),
  relation: nullablePick([
    'self',
    'spouse',
    'child',
    'parent',
    'grandparent',
    'grandchild',
    'sibling',
    'other',
  ] as const),
  name: str,
  idNumber: str,
  livesTogether: v.boolean(),
  student: nullablePick(['compulsory', 'highschool', 'undergraduate', 'postgraduate'] as const),
  disabilityCategory: nullablePick([
    'limb',
    'intellectual',
    'mental',
    'visual',
    'hearing',
    'speech',
    'multiple',
  ] as const),
  disabilityGrade: v.nullable(v.picklist([1, 2, 3, 4] as const)),
  seriousIllness: v.boolean(),
  excluded: nullablePick(['religious', 'prison', 'rehab', 'missing'] as const),
  income,
})

export const draftAnswersSchema = v.object({
  programmes: v.array(v.picklist(['dibao', 'tekun', 'dibao_edge', 'rigid_expense', 'temporary'] as const)),
  applicant: v.object({
    name: str,
    idNumber: str,
    phone: str,
    cityCode: str,
    countyCode: str,
    townCode: str,
    address: str,
    area: nullablePick(['urban', 'rural'] as const),
  }),
  actingForOther: v.boolean(),
  agent: v.object({ name: str, phone: str, relation: str, applicantConsentConfirmed: v.boolean() }),
  members: v.pipe(v.array(member), v.minLength(1)),
  assets: v.object({ deposits: str, vehicles: str, homes: str, registeredBusiness: v.boolean() }),
  rigidSpendingAnnual: str,
  hasEmergency: v.boolean(),
  emergency: v.object({
    type: nullablePick(['fire', 'accident', 'illness', 'disaster', 'other'] as const),
    date: str,
    description: str,
  }),
  materials: v.record(str, v.object({ status: nullablePick(['uploaded', 'later'] as const), fileIds: v.array(str) })),
  consents: v.object({
    privacyNoticeVersion: v.nullable(str),
    idPhotos: v.boolean(),
    healthAndDisability: v.boolean(),
    incomeAndAssets: v.boolean(),
    minorsData: v.boolean(),
    signatureFileId: v.nullable(str),
    typedSignatureName: str,
    guardianConfirmedFor: v.array(str),
  }),
})

const isoDate = v.pipe(str, v.isoTimestamp())

export const submissionSchema = v.object({
  idempotencyKey: v.nullable(str),
  /** idle: not sent · pending: sent, outcome unknown (timeout, offline) · failed: the service said no. */
  state: v.picklist(['idle', 'pending', 'failed'] as const),
  errorMessage: v.nullable(str),
  existingReference: v.nullable(str),
  /**
   * Exactly what was sent with idempotencyKey, saved with it before the request (store version 2). A retry
   * of a pending submission re-sends this, not the answers edited since. An unreadable one reads as null:
   * the draft is kept and the retry falls back to the current answers.
   */
  sentPayload: v.fallback(v.nullable(applicationPayloadSchema), null),
})

export const applicationDraftSchema = v.object({
  id: v.pipe(str, v.minLength(1)),
  createdAt: isoDate,
  updatedAt: isoDate,
  step: v.picklist(STEP_IDS),
  /** The answers began from the pre-check (一键申请). */
  prefilledFromPrecheck: v.boolean(),
  answers: draftAnswersSchema,
  submission: submissionSchema,
})

export type ApplicationDraft = v.InferOutput<typeof applicationDraftSchema>
export type DraftSubmission = v.InferOutput<typeof submissionSchema>

/** A submitted application as remembered on this device: no personal data (security.md §1.6). */
export const submittedApplicationSchema = v.object({
  reference: v.pipe(str, v.minLength(1)),
  submittedAt: isoDate,
  programmes: v.array(v.picklist(['dibao', 'tekun', 'dibao_edge', 'rigid_expense', 'temporary'] as const)),
  townCode: str,
  receivingOfficeName: v.nullable(str),
})
export type SubmittedApplication = v.InferOutput<typeof submittedApplicationSchema>

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _answersAgree: Same<v.InferOutput<typeof draftAnswersSchema>, DraftAnswers> = true
void _answersAgree

export function draftExpiresAt(draft: Pick<ApplicationDraft, 'updatedAt'>): Date {
  return new Date(Date.parse(draft.updatedAt) + DRAFT_TTL_DAYS * DAY_MS)
}

export function isDraftExpired(draft: Pick<ApplicationDraft, 'updatedAt'>, now: Date): boolean {
  return draftExpiresAt(draft).getTime() <= now.getTime()
}

/** Whole days left before the draft is deleted (0 on the last day). */
export function draftDaysLeft(draft: Pick<ApplicationDraft, 'updatedAt'>, now: Date): number {
  return Math.max(0, Math.floor((draftExpiresAt(draft).getTime() - now.getTime()) / DAY_MS))
}
