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

/** Counts one member on `asOf` (spec §3.1). */
export function countMember(member: HouseholdMember, asOf: string): MemberCounting {
  const age = ageInWholeYears(member.birthDate, asOf)
  const label = RELATION_LABELS[member.relation]
  const result = (counted: boolean, reason: string): MemberCounting => ({ id: member.id, counted, reason, age })

  if (member.excluded !== null) {
    return result(false, `${label}，${EXCLUSION_REASONS[member.excluded]}，不计入共同生活的家庭成员`)
  }
  switch (member.relation) {
    case 'self':
    case 'spouse':
      return result(true, `${label}，计入`)
    case 'child': {
      if (age < ADULT_AGE) return result(true, `未成年子女（${age} 周岁），计入`)
      const adult = `已成年子女（${age} 周岁）`
      if (member.livesTogether) return result(true, `${adult}，与申请人长期共同生活，计入`)
      if (member.student !== null && member.student !== 'postgraduate') {
        return result(true, `${adult}，全日制在校学生（${STUDENT_LABELS[member.student]}），属本科及以下，计入`)
      }
      if (member.student === 'postgraduate') {
        return result(false, `${adult}，全日制研究生，且未与申请人长期共同生活，不计入`)
      }
      return result(false, `${adult}，未与申请人长期共同生活，也不是全日制本科及以下在校学生，不计入`)
    }
    default:
      return member.livesTogether
        ? result(true, `${label}，与申请人长期共同生活，计入`)
        : result(false, `${label}，未与申请人长期共同生活，不计入`)
  }
}

/** "Who counts and why", in the order the members were entered. */
export function countHouseholdMembers(members: readonly HouseholdMember[], asOf: string): MemberCounting[] {
  return members.map((member) => countMember(member, asOf))
}

/** Income that counts (spec §3.2): wage + business + property + transfer. `exempt` never counts. */
export function countedMonthlyIncomeFen(income: MemberMonthlyIncomeFen): number {
  return income.wage + income.business + income.property + income.transfer
}
