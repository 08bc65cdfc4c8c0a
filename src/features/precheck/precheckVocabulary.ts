/** Plain-Chinese names for the pre-check's answers and the programmes in its result. */
import type {
  DisabilityCategory,
  DisabilityGrade,
  EmergencyType,
  Relation,
  StudentLevel,
} from '@/services/applicationPayload'
import type { ProgramId, ProgramStatus } from '@/domain/eligibility/eligibilityResult'

export const RELATION_LABELS: Record<Relation, string> = {
  self: '本人',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandparent: '祖父母、外祖父母',
  grandchild: '孙子女、外孙子女',
  sibling: '兄弟姐妹',
  other: '其他亲属',
}

export const STUDENT_LABELS: Record<StudentLevel | 'none', string> = {
  none: '不是在校学生',
  compulsory: '上小学或初中',
  highschool: '上高中、中专或技校',
  undergraduate: '上大学（专科、本科）',
  postgraduate: '读研究生',
}

export const DISABILITY_CATEGORY_LABELS: Record<DisabilityCategory, string> = {
  limb: '肢体残疾',
  visual: '视力残疾',
  hearing: '听力残疾',
  speech: '言语残疾',
  intellectual: '智力残疾',
  mental: '精神残疾',
  multiple: '多重残疾',
}

export const DISABILITY_GRADE_LABELS: Record<DisabilityGrade, string> = {
  1: '一级',
  2: '二级',
  3: '三级',
  4: '四级',
}

export const EMERGENCY_LABELS: Record<EmergencyType, string> = {
  fire: '火灾',
  accident: '交通事故等意外',
  illness: '突发重病',
  disaster: '自然灾害',
  other: '其他突发事件',
}

export const PROGRAM_NAMES: Record<ProgramId, string> = {
  dibao: '最低生活保障（低保）',
  dibao_single: '单人保（单独纳入低保）',
  tekun: '特困人员救助供养',
  dibao_edge: '低保边缘家庭',
  rigid_expense: '刚性支出困难家庭',
  temporary: '临时救助',
  disability_allowance: '残疾人两项补贴',
}

/** The three states. "不符合" alone is never used as a verdict. */
export const STATUS_LABELS: Record<ProgramStatus, string> = {
  likely: '可能符合',
  needs_info: '需要补充信息',
  unlikely: '可能不符合',
}

/** Programme ids that `?programme=` may name (the policy library links with these). */
export const PROGRAM_IDS = Object.keys(PROGRAM_NAMES) as ProgramId[]

export function parseProgrammeParam(value: string | undefined | null): ProgramId | null {
  return value && (PROGRAM_IDS as string[]).includes(value) ? (value as ProgramId) : null
}
