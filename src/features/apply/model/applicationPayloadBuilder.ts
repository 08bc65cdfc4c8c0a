/**
 * Builds the ApplicationPayload DTO (src/services/applicationPayload.ts) from the draft answers. It only
 * builds from answers that pass every step's validation; otherwise it says which step to go back to.
 * Money is parsed into integer fen here, once; blank income fields mean 0, a blank deposit means "not answered".
 */
import { normalizeIdNumber, readIdNumberFields } from '@/domain/validation/idNumber'
import { normalizePhone } from '@/domain/validation/phone'
import { normalizePersonName } from '@/domain/validation/personName'
import { parseYuanToFen } from '@/domain/money'
import type {
  ApplicationPayload,
  HouseholdMember,
  MaterialEntry,
  MonthlyIncomeFen,
} from '@/services/applicationPayload'
import {
  INCOME_KINDS,
  memberIdentity,
  type DraftAnswers,
  type DraftMember,
} from '@/domain/applicationDraft/draftAnswers'
import { firstIncompleteStep, membersUnder14, needsEmergency, type FieldErrors, type StepId } from './applySteps'
import { recommendMaterials } from './materialsRecommendation'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacyNotice'

/** The 个人信息处理规则 version accepted at step 1 is the one the payload carries (consentStore). */
export { PRIVACY_NOTICE_VERSION }

export type PayloadBuildResult =
  { ok: true; payload: ApplicationPayload } | { ok: false; step: StepId; errors: FieldErrors }

function fenOrZero(text: string): number {
  if (text.trim() === '') return 0
  const r = parseYuanToFen(text)
  return r.ok ? r.fen : 0
}

function fenOrNull(text: string): number | null {
  if (text.trim() === '') return null
  const r = parseYuanToFen(text)
  return r.ok ? r.fen : null
}

function buildMember(answers: DraftAnswers, member: DraftMember): HouseholdMember {
  const identity = memberIdentity(answers, member)
  const idNumber = normalizeIdNumber(identity.idNumber)
  const income = Object.fromEntries(
    INCOME_KINDS.map((k) => [k, fenOrZero(member.income[k])]),
  ) as unknown as MonthlyIncomeFen
  return {
    id: member.id,
    relation: member.relation ?? 'other',
    name: normalizePersonName(identity.name),
    idNumber,
    birthDate: readIdNumberFields(idNumber)?.birthDate ?? '',
    livesTogether: member.livesTogether,
    student: member.student,
    disability:
      member.disabilityCategory !== null && member.disabilityGrade !== null
        ? { category: member.disabilityCategory, grade: member.disabilityGrade }
        : null,
    seriousIllness: member.seriousIllness,
    excluded: member.excluded,
    incomeMonthlyFen: income,
  }
}

export function buildApplicationPayload(answers: DraftAnswers, today: string): PayloadBuildResult {
  const incomplete = firstIncompleteStep(answers, today)
  if (incomplete) return { ok: false, ...incomplete }

  const a = answers.applicant
  const materials: MaterialEntry[] = recommendMaterials(answers).map((item) => {
    const entry = answers.materials[item.id]
    const uploaded = entry?.status === 'uploaded' && entry.fileIds.length > 0
    return { itemId: item.id, status: uploaded ? 'uploaded' : 'later', fileIds: uploaded ? [...entry.fileIds] : [] }
  })
  const minors = membersUnder14(answers, today).map((m) => m.id)
  const c = answers.consents

  const payload: ApplicationPayload = {
    programmes: [...answers.programmes],
    applicant: {
      name: normalizePersonName(a.name),
      idNumber: normalizeIdNumber(a.idNumber),
      phone: normalizePhone(a.phone),
      region: { cityCode: a.cityCode, countyCode: a.countyCode, townCode: a.townCode },
      area: a.area ?? 'rural',
      address: a.address.trim(),
    },
    agent: answers.actingForOther
      ? {
          name: normalizePersonName(answers.agent.name),
          phone: normalizePhone(answers.agent.phone),
          relation: answers.agent.relation.trim(),
          applicantConsentConfirmed: answers.agent.applicantConsentConfirmed,
        }
      : null,
    members: answers.members.map((m) => buildMember(answers, m)),
    assets: {
      depositsFen: fenOrNull(answers.assets.deposits),
      vehicles: Number(answers.assets.vehicles.trim()),
      homes: Number(answers.assets.homes.trim()),
      registeredBusiness: answers.assets.registeredBusiness,
      meetsLocalRules: null,
    },
    rigidSpendingAnnualFen: fenOrNull(answers.rigidSpendingAnnual),
    emergency:
      needsEmergency(answers) && answers.emergency.type !== null
        ? {
            type: answers.emergency.type,
            date: answers.emergency.date.trim(),
            description: answers.emergency.description.trim(),
          }
        : null,
    materials,
    consents: {
      privacyNoticeVersion: c.privacyNoticeVersion ?? PRIVACY_NOTICE_VERSION,
      idPhotos: c.idPhotos,
      healthAndDisability: c.healthAndDisability,
      incomeAndAssets: c.incomeAndAssets,
      minorsData: minors.length > 0 ? c.minorsData : false,
      authorisationSignatureFileId: c.signatureFileId,
      guardianConfirmedFor: c.guardianConfirmedFor.filter((id) => minors.includes(id)),
    },
  }
  return { ok: true, payload }
}
