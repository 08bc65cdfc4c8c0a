/**
 * What the application form sends to the backend (the DTO of a submission). Shared by the application
 * feature (which builds it) and the backend (which re-validates every field of it). Money is integer fen.
 * The vocabularies match ../shared/spec/eligibility.md §2 so that the payload maps onto the eligibility input.
 */

/** 低保, 特困, 低保边缘, 刚性支出困难, 临时救助: one application, classified review (一次申请、分类审核). */
export type ProgrammeId = 'dibao' | 'tekun' | 'dibao_edge' | 'rigid_expense' | 'temporary'

export type Relation = 'self' | 'spouse' | 'child' | 'parent' | 'grandparent' | 'grandchild' | 'sibling' | 'other'
export type StudentLevel = 'compulsory' | 'highschool' | 'undergraduate' | 'postgraduate'
export type DisabilityCategory = 'limb' | 'intellectual' | 'mental' | 'visual' | 'hearing' | 'speech' | 'multiple'
export type DisabilityGrade = 1 | 2 | 3 | 4
export type ExcludedReason = 'religious' | 'prison' | 'rehab' | 'missing'
export type HukouArea = 'urban' | 'rural'
export type EmergencyType = 'fire' | 'accident' | 'illness' | 'disaster' | 'other'

export interface MonthlyIncomeFen {
  wage: number
  business: number
  property: number
  transfer: number
  /** Money that is not counted (优待抚恤金, 奖学金, 残疾人两项补贴, …): recorded, never counted. */
  exempt: number
}

export interface HouseholdMember {
  /** Unique within the application; the applicant is the member with relation 'self'. */
  id: string
  relation: Relation
  name: string
  /** 18-digit 公民身份号码, normalised. */
  idNumber: string
  /** YYYY-MM-DD, from the ID number. */
  birthDate: string
  livesTogether: boolean
  student: StudentLevel | null
  disability: { category: DisabilityCategory; grade: DisabilityGrade } | null
  seriousIllness: boolean
  excluded: ExcludedReason | null
  incomeMonthlyFen: MonthlyIncomeFen
}

export interface Region {
  /** 4-digit city code, e.g. 1411 (吕梁市). */
  cityCode: string
  /** 6-digit county code, e.g. 141124 (临县). */
  countyCode: string
  /** 9-digit 乡镇/街道 code (NBS), the office that receives the application. */
  townCode: string
}

export interface Applicant {
  name: string
  idNumber: string
  phone: string
  region: Region
  area: HukouArea
  address: string
}

/** Someone applying on the applicant's behalf (村委会 worker, relative). */
export interface Agent {
  name: string
  phone: string
  relation: string
  /** The applicant agreed to this agent applying for them. Must be true to submit. */
  applicantConsentConfirmed: boolean
}

export interface Assets {
  depositsFen: number | null
  vehicles: number
  homes: number
  registeredBusiness: boolean
  /** The applicant says the household meets the local asset rules (null: not answered). */
  meetsLocalRules: boolean | null
}

export interface MaterialEntry {
  /** Id from the recommended materials list, e.g. 'hukou', 'id_card', 'disability_card'. */
  itemId: string
  status: 'uploaded' | 'later'
  /** Ids of files kept on the device / uploaded; never file contents. */
  fileIds: string[]
}

export interface Consents {
  /** Version of the 个人信息处理规则 the applicant agreed to. */
  privacyNoticeVersion: string
  idPhotos: boolean
  healthAndDisability: boolean
  incomeAndAssets: boolean
  /** Required when any member is under 14. */
  minorsData: boolean
  /** 家庭经济状况核对授权书 signature image file id. */
  authorisationSignatureFileId: string | null
  /** Member ids under 14 whose guardian confirmed. */
  guardianConfirmedFor: string[]
}

export interface ApplicationPayload {
  programmes: ProgrammeId[]
  applicant: Applicant
  agent: Agent | null
  /** Every household member including the applicant (relation 'self'). */
  members: HouseholdMember[]
  assets: Assets
  rigidSpendingAnnualFen: number | null
  emergency: { type: EmergencyType; date: string; description: string } | null
  materials: MaterialEntry[]
  consents: Consents
}
