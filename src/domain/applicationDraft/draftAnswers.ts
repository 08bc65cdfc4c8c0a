/**
 * The answers of an application while it is being filled in. Everything the user types is kept as typed
 * (strings), so a value that does not validate yet is never lost; the payload builder turns the answers
 * into the ApplicationPayload DTO. Pure: no Taro, React or zustand here.
 */
import type {
  DisabilityCategory,
  DisabilityGrade,
  EmergencyType,
  ExcludedReason,
  HukouArea,
  ProgrammeId,
  Relation,
  StudentLevel,
} from '@/services/applicationPayload'

export const SELF_MEMBER_ID = 'self'

export const INCOME_KINDS = ['wage', 'business', 'property', 'transfer', 'exempt'] as const
export type IncomeKind = (typeof INCOME_KINDS)[number]

export type DraftIncome = Record<IncomeKind, string>

export interface DraftMember {
  /** SELF_MEMBER_ID for the applicant; a random id for everyone else. */
  id: string
  relation: Relation | null
  /** Empty for the applicant: the applicant's name and ID number are in DraftApplicant. */
  name: string
  idNumber: string
  livesTogether: boolean
  student: StudentLevel | null
  disabilityCategory: DisabilityCategory | null
  disabilityGrade: DisabilityGrade | null
  seriousIllness: boolean
  excluded: ExcludedReason | null
  income: DraftIncome
}

export interface DraftApplicant {
  name: string
  idNumber: string
  phone: string
  cityCode: string
  countyCode: string
  townCode: string
  address: string
  area: HukouArea | null
}

export interface DraftAgent {
  name: string
  phone: string
  relation: string
  applicantConsentConfirmed: boolean
}

export interface DraftAssets {
  deposits: string
  vehicles: string
  homes: string
  registeredBusiness: boolean
}

export interface DraftEmergency {
  type: EmergencyType | null
  date: string
  description: string
}

export type MaterialStatus = 'uploaded' | 'later'

export interface DraftMaterial {
  status: MaterialStatus | null
  fileIds: string[]
}

export interface DraftConsents {
  /** Set when the user pressed 开始填写 on the 申请须知 step. */
  privacyNoticeVersion: string | null
  idPhotos: boolean
  healthAndDisability: boolean
  incomeAndAssets: boolean
  minorsData: boolean
  /** The 授权书 signature image (drawn, or rendered from the typed name) in the file store. */
  signatureFileId: string | null
  /** "不方便手写" alternative: the applicant types their full name to sign. */
  typedSignatureName: string
  guardianConfirmedFor: string[]
}

export interface DraftAnswers {
  programmes: ProgrammeId[]
  applicant: DraftApplicant
  actingForOther: boolean
  agent: DraftAgent
  /** The applicant first (id SELF_MEMBER_ID), then the others in the order they were added. */
  members: DraftMember[]
  assets: DraftAssets
  rigidSpendingAnnual: string
  hasEmergency: boolean
  emergency: DraftEmergency
  materials: Record<string, DraftMaterial>
  consents: DraftConsents
}

export const emptyIncome = (): DraftIncome => ({ wage: '', business: '', property: '', transfer: '', exempt: '' })

export function newMember(id: string, relation: Relation | null = null): DraftMember {
  return {
    id,
    relation,
    name: '',
    idNumber: '',
    livesTogether: true,
    student: null,
    disabilityCategory: null,
    disabilityGrade: null,
    seriousIllness: false,
    excluded: null,
    income: emptyIncome(),
  }
}

export function emptyAnswers(): DraftAnswers {
  return {
    programmes: [],
    applicant: {
      name: '',
      idNumber: '',
      phone: '',
      cityCode: '',
      countyCode: '',
      townCode: '',
      address: '',
      area: null,
    },
    actingForOther: false,
    agent: { name: '', phone: '', relation: '', applicantConsentConfirmed: false },
    members: [newMember(SELF_MEMBER_ID, 'self')],
    assets: { deposits: '', vehicles: '0', homes: '0', registeredBusiness: false },
    rigidSpendingAnnual: '',
    hasEmergency: false,
    emergency: { type: null, date: '', description: '' },
    materials: {},
    consents: {
      privacyNoticeVersion: null,
      idPhotos: false,
      healthAndDisability: false,
      incomeAndAssets: false,
      minorsData: false,
      signatureFileId: null,
      typedSignatureName: '',
      guardianConfirmedFor: [],
    },
  }
}

/** The member with the applicant's name and ID number filled in for the applicant. */
export function memberIdentity(answers: DraftAnswers, member: DraftMember): { name: string; idNumber: string } {
  return member.id === SELF_MEMBER_ID
    ? { name: answers.applicant.name, idNumber: answers.applicant.idNumber }
    : { name: member.name, idNumber: member.idNumber }
}
