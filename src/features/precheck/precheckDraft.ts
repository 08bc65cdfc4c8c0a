/**
 * The pre-check's answers as typed (texts kept exactly as entered) and the checks each step runs before
 * moving on. Pure functions; the store in precheckStore.ts holds a PrecheckDraft.
 */
import type {
  DisabilityCategory,
  DisabilityGrade,
  EmergencyType,
  HukouArea,
  Relation,
  StudentLevel,
} from '@/services/applicationPayload'
import { parseYuanToFen } from '@/domain/money'
import type { AssetsAnswer, PrecheckAnswers, SupportersAnswer } from '@/domain/precheckPrefill'

export interface MemberDraft {
  id: string
  relation: Relation | null
  birthDate: string | null
  livesTogether: boolean
  student: StudentLevel | 'none'
  hasDisability: boolean | null
  disabilityCategory: DisabilityCategory | null
  disabilityGrade: DisabilityGrade | null
  seriousIllness: boolean | null
  /** Monthly income exactly as typed, in 元. */
  incomeText: string
}

export interface PrecheckDraft {
  cityCode: string | null
  countyCode: string | null
  area: HukouArea | null
  /** Saved members; the first one is the applicant (relation self). */
  members: MemberDraft[]
  assets: AssetsAnswer | null
  supporters: SupportersAnswer | null
  rigidSpendingText: string
  hadEmergency: boolean | null
  emergencyType: EmergencyType | null
  emergencyDate: string | null
}

export type FieldErrors = Record<string, string>

export function newMemberDraft(id: string, relation: Relation | null): MemberDraft {
  return {
    id,
    relation,
    birthDate: null,
    livesTogether: true,
    student: 'none',
    hasDisability: null,
    disabilityCategory: null,
    disabilityGrade: null,
    seriousIllness: null,
    incomeText: '',
  }
}

export function emptyDraft(): PrecheckDraft {
  return {
    cityCode: null,
    countyCode: null,
    area: null,
    members: [],
    assets: null,
    supporters: null,
    rigidSpendingText: '',
    hadEmergency: null,
    emergencyType: null,
    emergencyDate: null,
  }
}

export function regionErrors(draft: PrecheckDraft): FieldErrors {
  const errors: FieldErrors = {}
  if (!draft.cityCode) errors.city = '请选择户籍所在的市'
  if (!draft.countyCode) errors.county = '请选择户籍所在的县（市、区）'
  if (!draft.area) errors.area = '请选择户籍是城镇还是农村'
  return errors
}

export function memberErrors(member: MemberDraft): FieldErrors {
  const errors: FieldErrors = {}
  if (!member.relation) errors.relation = '请选择这位成员和申请人的关系'
  if (!member.birthDate) errors.birthDate = '请选择出生日期'
  if (member.hasDisability === null) errors.hasDisability = '请选择有没有残疾证'
  if (member.hasDisability) {
    if (!member.disabilityCategory) errors.disabilityCategory = '请选择残疾类别'
    if (!member.disabilityGrade) errors.disabilityGrade = '请选择残疾等级'
  }
  if (member.seriousIllness === null) errors.seriousIllness = '请选择有没有重病'
  return errors
}

/** A money answer: the fen value, or the parser's message. Empty optional text is "not said" (null). */
export function parseMoneyText(text: string, optional: boolean): { fen: number | null; error: string | null } {
  if (optional && text.trim() === '') return { fen: null, error: null }
  const parsed = parseYuanToFen(text)
  return parsed.ok ? { fen: parsed.fen, error: null } : { fen: null, error: parsed.message }
}

export function incomeErrors(draft: PrecheckDraft): FieldErrors {
  const errors: FieldErrors = {}
  for (const member of draft.members) {
    const { error } = parseMoneyText(member.incomeText, false)
    if (error) errors[member.id] = error
  }
  return errors
}

export function circumstancesErrors(draft: PrecheckDraft, today: string): FieldErrors {
  const errors: FieldErrors = {}
  if (!draft.assets) errors.assets = '请选择一项；不清楚就选“不确定”'
  if (!draft.supporters) errors.supporters = '请选择一项；不清楚就选“不确定”'
  const rigid = parseMoneyText(draft.rigidSpendingText, true)
  if (rigid.error) errors.rigidSpending = rigid.error
  if (draft.hadEmergency) {
    if (!draft.emergencyType) errors.emergencyType = '请选择发生了什么事'
    if (!draft.emergencyDate) errors.emergencyDate = '请选择发生的日期'
    else if (draft.emergencyDate > today) errors.emergencyDate = '日期不能晚于今天'
  }
  return errors
}

/** The finished answers, or null while any step still has an error. */
export function draftToAnswers(draft: PrecheckDraft, today: string): PrecheckAnswers | null {
  const anyErrors =
    Object.keys(regionErrors(draft)).length > 0 ||
    draft.members.length === 0 ||
    draft.members.some((m) => Object.keys(memberErrors(m)).length > 0) ||
    Object.keys(incomeErrors(draft)).length > 0 ||
    Object.keys(circumstancesErrors(draft, today)).length > 0
  if (anyErrors || !draft.cityCode || !draft.countyCode || !draft.area || !draft.assets || !draft.supporters) {
    return null
  }
  return {
    region: { cityCode: draft.cityCode, countyCode: draft.countyCode, area: draft.area },
    members: draft.members.map((m) => ({
      id: m.id,
      relation: m.relation ?? 'other',
      birthDate: m.birthDate ?? today,
      livesTogether: m.relation === 'self' ? true : m.livesTogether,
      student: m.student === 'none' ? null : m.student,
      disability:
        m.hasDisability && m.disabilityCategory && m.disabilityGrade
          ? { category: m.disabilityCategory, grade: m.disabilityGrade }
          : null,
      seriousIllness: m.seriousIllness === true,
      monthlyIncomeFen: parseMoneyText(m.incomeText, false).fen ?? 0,
    })),
    assets: draft.assets,
    supporters: draft.supporters,
    rigidSpendingAnnualFen: parseMoneyText(draft.rigidSpendingText, true).fen,
    emergency:
      draft.hadEmergency && draft.emergencyType && draft.emergencyDate
        ? { type: draft.emergencyType, date: draft.emergencyDate }
        : null,
  }
}
