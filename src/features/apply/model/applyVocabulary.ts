/** Words shown for the payload's vocabularies, in plain Chinese. */
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

export interface ProgrammeInfo {
  id: ProgrammeId
  title: string
  /** One line: who it is for. No figures (they differ by county and are checked by the office). */
  explanation: string
}

export const PROGRAMMES: readonly ProgrammeInfo[] = [
  {
    id: 'dibao',
    title: '最低生活保障（低保）',
    explanation: '全家每人每月收入低于当地低保标准、家里财产也符合规定的家庭。',
  },
  {
    id: 'tekun',
    title: '特困人员救助供养',
    explanation: '没有劳动能力、没有生活来源、也没有人能赡养抚养的老人、残疾人和未成年人。',
  },
  { id: 'dibao_edge', title: '低保边缘家庭', explanation: '收入比低保标准高一些，但生活仍然困难的家庭。' },
  { id: 'rigid_expense', title: '刚性支出困难家庭', explanation: '看病、上学等必须花的钱太多，导致生活困难的家庭。' },
  { id: 'temporary', title: '临时救助', explanation: '遇到火灾、事故、突发重病等急事，生活一时过不去。' },
]

export const programmeTitle = (id: ProgrammeId): string => PROGRAMMES.find((p) => p.id === id)?.title ?? id

/** Relations a household member (not the applicant) can have to the applicant. */
export const MEMBER_RELATIONS: readonly { id: Exclude<Relation, 'self'>; label: string }[] = [
  { id: 'spouse', label: '配偶' },
  { id: 'child', label: '子女' },
  { id: 'parent', label: '父母' },
  { id: 'grandparent', label: '（外）祖父母' },
  { id: 'grandchild', label: '（外）孙子女' },
  { id: 'sibling', label: '兄弟姐妹' },
  { id: 'other', label: '其他亲属' },
]

export const relationLabel = (relation: Relation | null): string =>
  relation === 'self' ? '申请人本人' : (MEMBER_RELATIONS.find((r) => r.id === relation)?.label ?? '未选关系')

export const STUDENT_LEVELS: readonly { id: StudentLevel; label: string }[] = [
  { id: 'compulsory', label: '小学或初中' },
  { id: 'highschool', label: '高中或中职' },
  { id: 'undergraduate', label: '大学本科或专科' },
  { id: 'postgraduate', label: '研究生' },
]

export const DISABILITY_CATEGORIES: readonly { id: DisabilityCategory; label: string }[] = [
  { id: 'limb', label: '肢体残疾' },
  { id: 'intellectual', label: '智力残疾' },
  { id: 'mental', label: '精神残疾' },
  { id: 'visual', label: '视力残疾' },
  { id: 'hearing', label: '听力残疾' },
  { id: 'speech', label: '言语残疾' },
  { id: 'multiple', label: '多重残疾' },
]

export const DISABILITY_GRADES: readonly { id: DisabilityGrade; label: string }[] = [
  { id: 1, label: '一级' },
  { id: 2, label: '二级' },
  { id: 3, label: '三级' },
  { id: 4, label: '四级' },
]

export const EXCLUDED_REASONS: readonly { id: ExcludedReason; label: string }[] = [
  { id: 'religious', label: '宗教教职人员，离家 3 年以上' },
  { id: 'prison', label: '正在服刑' },
  { id: 'rehab', label: '正在强制隔离戒毒' },
  { id: 'missing', label: '已被法院宣告失踪' },
]

export const EMERGENCY_TYPES: readonly { id: EmergencyType; label: string }[] = [
  { id: 'fire', label: '火灾' },
  { id: 'accident', label: '交通事故等意外' },
  { id: 'illness', label: '突发重病' },
  { id: 'disaster', label: '自然灾害' },
  { id: 'other', label: '其他急事' },
]

export const AREA_OPTIONS: readonly { id: HukouArea; label: string }[] = [
  { id: 'urban', label: '城镇户口' },
  { id: 'rural', label: '农村户口' },
]

export const INCOME_LABELS = {
  wage: { title: '工资收入', hint: '打工、上班挣的钱' },
  business: { title: '经营收入', hint: '种地、养殖、做小生意挣的钱（扣掉成本）' },
  property: { title: '财产收入', hint: '房租、地租、利息等' },
  transfer: { title: '转移收入', hint: '养老金、亲友给的生活费、赡养费等' },
  exempt: { title: '不计算的收入', hint: '抚恤金、奖学金、残疾人两项补贴、政府救助金等，只登记、不计入' },
} as const
