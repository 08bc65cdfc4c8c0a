/**
 * The shape of an ApplicationPayload as a valibot schema (strict: unknown keys fail). Used by the mock backend
 * on every submit and when it loads its stored database (semantic checks of ID numbers, phones, consents …
 * are in mock/validateApplicationPayload.ts), and by the draft store to read back the payload saved with a
 * pending submission.
 */
import * as v from 'valibot'
import type { ApplicationPayload } from './applicationPayload'

const MAX_FEN = 100_000_000_000
const fen = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_FEN))
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max))

export const PROGRAMME_IDS = ['dibao', 'tekun', 'dibao_edge', 'rigid_expense', 'temporary'] as const

const incomeSchema = v.strictObject({
  wage: fen,
  business: fen,
  property: fen,
  transfer: fen,
  exempt: fen,
})

const memberSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  relation: v.picklist(['self', 'spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'other']),
  name: shortText(40),
  idNumber: shortText(30),
  birthDate: shortText(10),
  livesTogether: v.boolean(),
  student: v.nullable(v.picklist(['compulsory', 'highschool', 'undergraduate', 'postgraduate'])),
  disability: v.nullable(
    v.strictObject({
      category: v.picklist(['limb', 'intellectual', 'mental', 'visual', 'hearing', 'speech', 'multiple']),
      grade: v.picklist([1, 2, 3, 4]),
    }),
  ),
  seriousIllness: v.boolean(),
  excluded: v.nullable(v.picklist(['religious', 'prison', 'rehab', 'missing'])),
  incomeMonthlyFen: incomeSchema,
})

export const applicationPayloadSchema = v.strictObject({
  programmes: v.pipe(v.array(v.picklist(PROGRAMME_IDS)), v.minLength(1), v.maxLength(5)),
  applicant: v.strictObject({
    name: shortText(40),
    idNumber: shortText(30),
    phone: shortText(30),
    region: v.strictObject({ cityCode: shortText(4), countyCode: shortText(6), townCode: shortText(9) }),
    area: v.picklist(['urban', 'rural']),
    address: shortText(200),
  }),
  agent: v.nullable(
    v.strictObject({
      name: shortText(40),
      phone: shortText(30),
      relation: shortText(40),
      applicantConsentConfirmed: v.boolean(),
    }),
  ),
  members: v.pipe(v.array(memberSchema), v.minLength(1), v.maxLength(50)),
  assets: v.strictObject({
    depositsFen: v.nullable(fen),
    vehicles: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)),
    homes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)),
    registeredBusiness: v.boolean(),
    meetsLocalRules: v.nullable(v.boolean()),
  }),
  rigidSpendingAnnualFen: v.nullable(fen),
  emergency: v.nullable(
    v.strictObject({
      type: v.picklist(['fire', 'accident', 'illness', 'disaster', 'other']),
      date: shortText(10),
      description: shortText(500),
    }),
  ),
  materials: v.pipe(
    v.array(
      v.strictObject({
        itemId: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
        status: v.picklist(['uploaded', 'later']),
        fileIds: v.pipe(v.array(shortText(200)), v.maxLength(20)),
      }),
    ),
    v.maxLength(40),
  ),
  consents: v.strictObject({
    privacyNoticeVersion: shortText(40),
    idPhotos: v.boolean(),
    healthAndDisability: v.boolean(),
    incomeAndAssets: v.boolean(),
    minorsData: v.boolean(),
    authorisationSignatureFileId: v.nullable(shortText(200)),
    guardianConfirmedFor: v.pipe(v.array(shortText(40)), v.maxLength(50)),
  }),
})

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _payloadAgrees: Same<v.InferOutput<typeof applicationPayloadSchema>, ApplicationPayload> = true
void _payloadAgrees
