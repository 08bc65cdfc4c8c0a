/**
 * The fixed words users read: relation, exclusion, student and disability labels in member reasons, the fixed
 * factor sentences, and each programme's list of what is still to be checked (spec §3.1, §3.4, §4).
 */
import type { EmergencyType, ExclusionReason, Relation, StudentLevel } from '@/domain/eligibility/eligibilityInput'
import { countMember } from '@/domain/eligibility/householdMembers'
import { PROVINCE_STANDARD_NOTE } from '@/domain/eligibility/programs/dibao'
import { disabilityLabel } from '@/domain/eligibility/programs/memberConditions'
import type { DisabilityCategory, DisabilityGrade } from '@/domain/eligibility/eligibilityInput'
import {
  earner,
  evaluateOk,
  factorOf,
  household,
  member,
  paramsWith,
  programOf,
  RURAL_STANDARD_FEN,
} from './householdBuilders'

const AS_OF = '2026-11-25'
const ASSET_CHECK = '家庭财产需经家庭经济状况核对'
const HOME_VISIT = '入户调查'

describe('member reasons name the relation, exclusion and school level', () => {
  it.each<[Relation, string]>([
    ['parent', '父母'],
    ['grandparent', '祖父母/外祖父母'],
    ['grandchild', '孙子女/外孙子女'],
    ['sibling', '兄弟姐妹'],
    ['other', '其他亲属'],
  ])('%s living together: 「%s，与申请人长期共同生活，计入」', (relation, label) => {
    expect(countMember(member('m', { relation, livesTogether: true }), AS_OF).reason).toBe(
      `${label}，与申请人长期共同生活，计入`,
    )
    expect(countMember(member('m', { relation, livesTogether: false }), AS_OF).reason).toBe(
      `${label}，未与申请人长期共同生活，不计入`,
    )
  })

  it.each<[Relation, string]>([
    ['self', '申请人本人'],
    ['spouse', '配偶'],
  ])('%s is counted: 「%s，计入」', (relation, label) => {
    expect(countMember(member('m', { relation }), AS_OF).reason).toBe(`${label}，计入`)
  })

  it.each<[ExclusionReason, string]>([
    ['religious', '宗教教职人员，离开家庭 3 年以上'],
    ['prison', '正在服刑'],
    ['rehab', '正在强制隔离戒毒'],
    ['missing', '已被人民法院宣告失踪'],
  ])('an excluded child (%s) is named with the reason', (excluded, reason) => {
    expect(countMember(member('m', { relation: 'child', excluded }), AS_OF)).toMatchObject({
      counted: false,
      reason: `子女，${reason}，不计入共同生活的家庭成员`,
    })
  })

  it.each<[StudentLevel, string]>([
    ['compulsory', '义务教育阶段'],
    ['highschool', '高中/中职'],
    ['undergraduate', '本科/专科'],
  ])('an adult child away at school (%s) is counted with the level', (student, level) => {
    const child = member('m', { relation: 'child', birthDate: '2006-05-01', livesTogether: false, student })
    expect(countMember(child, AS_OF)).toEqual({
      id: 'm',
      counted: true,
      age: 20,
      reason: `已成年子女（20 周岁），全日制在校学生（${level}），属本科及以下，计入`,
    })
  })
})

describe('disability labels', () => {
  it.each<[DisabilityCategory, string]>([
    ['limb', '肢体'],
    ['intellectual', '智力'],
    ['mental', '精神'],
    ['visual', '视力'],
    ['hearing', '听力'],
    ['speech', '言语'],
    ['multiple', '多重'],
  ])('category %s reads %s', (category, label) => {
    expect(disabilityLabel({ category, grade: 2 })).toBe(`${label}二级`)
  })

  it.each<[DisabilityGrade, string]>([
    [1, '一级'],
    [2, '二级'],
    [3, '三级'],
    [4, '四级'],
  ])('grade %s reads %s', (grade, label) => {
    expect(disabilityLabel({ category: 'hearing', grade })).toBe(`听力${label}`)
  })
})

describe('fixed factor sentences', () => {
  const elder = () => member('self', { relation: 'self', birthDate: '1950-01-01' })

  it.each([
    ['none', 'met', '申请人表示没有法定赡养、抚养、扶养义务人'],
    ['incapable', 'met', '申请人表示法定赡养、抚养、扶养义务人没有履行义务的能力'],
    ['capable', 'unmet', '申请人表示有法定赡养、抚养、扶养义务人，且义务人有履行能力'],
  ] as const)('特困 supporters %s', (supporters, result, explanation) => {
    const tekun = programOf(evaluateOk(household([elder()], { supporters })), 'tekun', 'self')
    expect(factorOf(tekun, 'supporters')).toEqual({ id: 'supporters', result, explanation, missing: null })
  })

  it('declared assets', () => {
    const dibao = programOf(evaluateOk(household([elder()], { assetsDeclared: true })), 'dibao')
    expect(factorOf(dibao, 'assets').explanation).toBe('申请人声明家庭财产符合当地规定，需经家庭经济状况核对确认')
  })

  it.each<[EmergencyType, string]>([
    ['fire', '火灾'],
    ['accident', '交通事故等意外事件'],
    ['illness', '突发重大疾病'],
    ['disaster', '自然灾害'],
    ['other', '其他突发事件'],
  ])('临时救助 names the emergency %s', (type, label) => {
    const temporary = programOf(
      evaluateOk(household([elder()], { emergency: { type, date: '2026-11-15' } })),
      'temporary',
    )
    expect(factorOf(temporary, 'emergency').explanation).toBe(
      `2026-11-15 发生${label}，距评估日期 10 天，在 90 天以内，属急难型，情况紧急的可先行救助`,
    )
  })

  it('临时救助 without an emergency', () => {
    const temporary = programOf(evaluateOk(household([elder()])), 'temporary')
    expect(factorOf(temporary, 'emergency')).toEqual({
      id: 'emergency',
      result: 'unmet',
      explanation: '未报告近期发生火灾、交通事故、突发重大疾病等突发事件',
      missing: null,
    })
  })

  it('残疾人生活补贴 follows the 低保 status', () => {
    const disabled = member('self', { relation: 'self', disability: { category: 'limb', grade: 3 } })
    const likely = programOf(evaluateOk(household([disabled])), 'disability_allowance', 'self')
    expect(factorOf(likely, 'living_subsidy')).toEqual({
      id: 'living_subsidy',
      result: 'met',
      explanation: '家庭初步测算可能纳入低保，低保家庭中的残疾人可申请困难残疾人生活补贴',
      missing: null,
    })
    const unanswered = programOf(
      evaluateOk(household([disabled], { assetsDeclared: null })),
      'disability_allowance',
      'self',
    )
    expect(factorOf(unanswered, 'living_subsidy')).toEqual({
      id: 'living_subsidy',
      result: 'unknown',
      explanation: '家庭低保测算还需补充信息；纳入低保后，家中残疾人可申请困难残疾人生活补贴',
      missing: 'answer',
    })
  })
})

describe('what is still to be checked, per programme', () => {
  it('低保 on the provincial standard: assets, home visit and the county note; only the note when unlikely', () => {
    const poor = programOf(evaluateOk(household([member('self', { relation: 'self' })])), 'dibao')
    expect(poor.status).toBe('likely')
    expect(poor.remaining).toEqual([ASSET_CHECK, HOME_VISIT, PROVINCE_STANDARD_NOTE])
    const rich = programOf(
      evaluateOk(household([earner('self', 10 * RURAL_STANDARD_FEN, { relation: 'self' })])),
      'dibao',
    )
    expect(rich.status).toBe('unlikely')
    expect(rich.remaining).toEqual([PROVINCE_STANDARD_NOTE])
  })

  it("低保 on a county's own standard: assets and home visit; nothing when unlikely", () => {
    const params = paramsWith((table) => {
      table.dibaoStandardMonthlyFen.counties['141124'] = {
        rural: [{ ...table.dibaoStandardMonthlyFen.province.rural[0], appliesFrom: '2020-01-01' }],
      }
    })
    const poor = programOf(evaluateOk(household([member('self', { relation: 'self' })]), params), 'dibao')
    expect(poor.remaining).toEqual([ASSET_CHECK, HOME_VISIT])
    const rich = programOf(
      evaluateOk(household([earner('self', 10 * RURAL_STANDARD_FEN, { relation: 'self' })]), params),
      'dibao',
    )
    expect(rich.remaining).toEqual([])
  })

  it('特困', () => {
    const tekun = programOf(
      evaluateOk(household([member('self', { relation: 'self', birthDate: '1950-01-01' })], { supporters: 'none' })),
      'tekun',
      'self',
    )
    expect(tekun.status).toBe('likely')
    expect(tekun.remaining).toEqual([
      ASSET_CHECK,
      '法定义务人及其履行能力需经调查核实',
      '照料护理标准需经生活自理能力评估确定',
    ])
  })

  it('临时救助: only when likely', () => {
    const recent = programOf(
      evaluateOk(household([member('self', { relation: 'self' })], { emergency: { type: 'fire', date: AS_OF } })),
      'temporary',
    )
    expect(recent.remaining).toEqual(['困难情况需经乡镇（街道）调查核实'])
    const none = programOf(
      evaluateOk(household([earner('self', 10 * RURAL_STANDARD_FEN, { relation: 'self' })])),
      'temporary',
    )
    expect(none.status).toBe('unlikely')
    expect(none.remaining).toEqual([])
  })

  it('低保边缘: assets and home visit', () => {
    const edge = programOf(evaluateOk(household([earner('self', 60000, { relation: 'self' })])), 'dibao_edge')
    expect(edge.status).toBe('likely')
    expect(edge.remaining).toEqual([ASSET_CHECK, HOME_VISIT])
  })

  it('单人保: assets, home visit and the certificate check', () => {
    const single = programOf(
      evaluateOk(
        household([
          earner('self', 120000, { relation: 'self' }),
          member('m2', { disability: { category: 'limb', grade: 1 } }),
        ]),
      ),
      'dibao_single',
      'm2',
    )
    expect(single.status).toBe('likely')
    expect(single.remaining).toEqual([ASSET_CHECK, HOME_VISIT, '残疾或重病情况需凭残疾人证、诊断证明核实'])
  })

  it('支出型: assets, receipts and home visit', () => {
    const rigid = programOf(
      evaluateOk(household([earner('self', 100000, { relation: 'self' })], { rigidSpendingAnnualFen: 2_000_000 })),
      'rigid_expense',
    )
    expect(rigid.status).toBe('likely')
    expect(rigid.remaining).toEqual([ASSET_CHECK, '刚性支出需凭票据等材料核实', HOME_VISIT])
  })
})
