/**
 * Who is counted as a 共同生活的家庭成员 (spec §3.1), with the reason in Chinese for every member. The
 * application form shows this list; the engine uses it for the household size and income.
 */
import { ageInWholeYears } from './calendarDate'
import type {
  ExclusionReason,
  HouseholdMember,
  MemberMonthlyIncomeFen,
  Relation,
  StudentLevel,
} from './eligibilityInput'

export const ADULT_AGE = 18

export const RELATION_LABELS: Readonly<Record<Relation, string>> = {
  self: '申请人本人',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandparent: '祖父母/外祖父母',
  grandchild: '孙子女/外孙子女',
  sibling: '兄弟姐妹',
  other: '其他亲属',
}

const EXCLUSION_REASONS: Readonly<Record<ExclusionReason, string>> = {
  religious: '宗教教职人员，离开家庭 3 年以上',
  prison: '正在服刑',
  rehab: '正在强制隔离戒毒',
  missing: '已被人民法院宣告失踪',
}

const STUDENT_LABELS: Readonly<Record<StudentLevel, string>> = {
  compulsory: '义务教育阶段',
  highschool: '高中/中职',
  undergraduate: '本科/专科',
  postgraduate: '研究生',
}

export interface MemberCounting {
  readonly id: string
  readonly counted: boolean
  /** A plain sentence, e.g. "已成年子女（20 周岁），全日制在校学生（本科/专科），计入". */
  readonly reason: string
  /** Whole years on asOf. */
  readonly age: number
}

/** Which rule of spec §3.1 decides a member; the reason sentence is only built when it is needed. */
export type CountingRule =
  | 'excluded'
  | 'self_or_spouse'
  | 'minor_child'
  | 'adult_child_living_together'
  | 'adult_child_student'
  | 'adult_child_postgraduate_away'
  | 'adult_child_away'
  | 'living_together'
  | 'living_apart'

const COUNTED_BY_RULE: Readonly<Record<CountingRule, boolean>> = {
  excluded: false,
  self_or_spouse: true,
  minor_child: true,
  adult_child_living_together: true,
  adult_child_student: true,
  adult_child_postgraduate_away: false,
  adult_child_away: false,
  living_together: true,
  living_apart: false,
}

export function countingRule(member: HouseholdMember, age: number): CountingRule {
  if (member.excluded !== null) return 'excluded'
  switch (member.relation) {
    case 'self':
    case 'spouse':
      return 'self_or_spouse'
    case 'child':
      if (age < ADULT_AGE) return 'minor_child'
      if (member.livesTogether) return 'adult_child_living_together'
      if (member.student === null) return 'adult_child_away'
      return member.student === 'postgraduate' ? 'adult_child_postgraduate_away' : 'adult_child_student'
    default:
      return member.livesTogether ? 'living_together' : 'living_apart'
  }
}

export function isCountedBy(rule: CountingRule): boolean {
  return COUNTED_BY_RULE[rule]
}

/** The sentence shown for a member, e.g. "已成年子女（25 周岁），全日制研究生，且未与申请人长期共同生活，不计入". */
export function countingReason(member: HouseholdMember, age: number, rule: CountingRule): string {
  const label = RELATION_LABELS[member.relation]
  const adult = `已成年子女（${age} 周岁）`
  switch (rule) {
    case 'excluded':
      return `${label}，${member.excluded === null ? '' : `${EXCLUSION_REASONS[member.excluded]}，`}不计入共同生活的家庭成员`
    case 'self_or_spouse':
      return `${label}，计入`
    case 'minor_child':
      return `未成年子女（${age} 周岁），计入`
    case 'adult_child_living_together':
      return `${adult}，与申请人长期共同生活，计入`
    case 'adult_child_student':
      return `${adult}，全日制在校学生（${member.student === null ? '' : STUDENT_LABELS[member.student]}），属本科及以下，计入`
    case 'adult_child_postgraduate_away':
      return `${adult}，全日制研究生，且未与申请人长期共同生活，不计入`
    case 'adult_child_away':
      return `${adult}，未与申请人长期共同生活，也不是全日制本科及以下在校学生，不计入`
    case 'living_together':
      return `${label}，与申请人长期共同生活，计入`
    case 'living_apart':
      return `${label}，未与申请人长期共同生活，不计入`
  }
}

/** Counts one member on `asOf` (spec §3.1), with the reason. */
export function countMember(member: HouseholdMember, asOf: string): MemberCounting {
  const age = ageInWholeYears(member.birthDate, asOf)
  const rule = countingRule(member, age)
  return { id: member.id, counted: isCountedBy(rule), reason: countingReason(member, age, rule), age }
}

/** "Who counts and why", in the order the members were entered. */
export function countHouseholdMembers(members: readonly HouseholdMember[], asOf: string): MemberCounting[] {
  return members.map((member) => countMember(member, asOf))
}

/** Income that counts (spec §3.2): wage + business + property + transfer. `exempt` never counts. */
export function countedMonthlyIncomeFen(income: MemberMonthlyIncomeFen): number {
  return income.wage + income.business + income.property + income.transfer
}
