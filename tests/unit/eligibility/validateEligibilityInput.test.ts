/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON is edited freely to build invalid cases */
import { validateEligibilityInput } from '@/domain/eligibility/validateEligibilityInput'

const validRaw = () => ({
  asOf: '2026-11-25',
  region: { code: '141124', area: 'rural' },
  members: [
    { id: 'm1', relation: 'self', birthDate: '1975-04-12', livesTogether: true },
    {
      id: 'm2',
      relation: 'spouse',
      birthDate: '1977-09-30',
      livesTogether: true,
      student: null,
      disability: { category: 'limb', grade: 2 },
      seriousIllness: false,
      excluded: null,
      incomeMonthlyFen: { wage: 120000 },
    },
  ],
})

function issuesOf(raw: unknown) {
  const outcome = validateEligibilityInput(raw)
  if (outcome.ok) throw new Error('expected issues')
  return outcome.issues
}

describe('validateEligibilityInput', () => {
  it('accepts a valid household and fills in defaults for absent answers', () => {
    const outcome = validateEligibilityInput(validRaw())
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.value.members[0]).toEqual({
      id: 'm1',
      relation: 'self',
      birthDate: '1975-04-12',
      livesTogether: true,
      student: null,
      disability: null,
      seriousIllness: false,
      excluded: null,
      incomeMonthlyFen: { wage: 0, business: 0, property: 0, transfer: 0, exempt: 0 },
    })
    expect(outcome.value.members[1].incomeMonthlyFen).toEqual({
      wage: 120000,
      business: 0,
      property: 0,
      transfer: 0,
      exempt: 0,
    })
    expect(outcome.value).toMatchObject({
      supporters: null,
      assetsDeclared: null,
      rigidSpendingAnnualFen: null,
      emergency: null,
    })
  })

  it.each([
    [
      'an impossible birth date',
      (r: any) => (r.members[1].birthDate = '1977-02-30'),
      'members[1].birthDate',
      '出生日期应为 YYYY-MM-DD 格式的真实日期',
    ],
    [
      'a birth date in another format',
      (r: any) => (r.members[1].birthDate = '1977/09/30'),
      'members[1].birthDate',
      '出生日期应为 YYYY-MM-DD 格式的真实日期',
    ],
    ['a missing asOf', (r: any) => delete r.asOf, 'asOf', '缺少必填字段：评估日期'],
    [
      'a region outside Shanxi',
      (r: any) => (r.region.code = '110105'),
      'region.code',
      '县级行政区划代码应为以 14 开头的 6 位数字（山西省）',
    ],
    [
      'a 4-digit region code',
      (r: any) => (r.region.code = '1411'),
      'region.code',
      '县级行政区划代码应为以 14 开头的 6 位数字（山西省）',
    ],
    ['an unknown area', (r: any) => (r.region.area = 'town'), 'region.area', '户籍性质应为以下之一：urban | rural'],
    [
      'money in yuan with decimals',
      (r: any) => (r.members[1].incomeMonthlyFen.wage = 1200.5),
      'members[1].incomeMonthlyFen.wage',
      '工资性收入应为整数，单位为分（例如 1600 元写作 160000）',
    ],
    [
      'negative money',
      (r: any) => (r.members[1].incomeMonthlyFen.wage = -1),
      'members[1].incomeMonthlyFen.wage',
      '工资性收入不能为负数',
    ],
    [
      'money as a string',
      (r: any) => (r.rigidSpendingAnnualFen = '3000'),
      'rigidSpendingAnnualFen',
      '近 12 个月刚性支出应为数字，单位为分（例如 1600 元写作 160000）',
    ],
    [
      'an unsafe integer',
      (r: any) => (r.members[1].incomeMonthlyFen.exempt = 2 ** 53),
      'members[1].incomeMonthlyFen.exempt',
      '不计入的收入应为整数，单位为分（例如 1600 元写作 160000）',
    ],
    [
      'a disability grade 5',
      (r: any) => (r.members[1].disability.grade = 5),
      'members[1].disability.grade',
      '残疾等级应为以下之一：1 | 2 | 3 | 4',
    ],
    [
      'an unknown relation',
      (r: any) => (r.members[1].relation = 'cousin'),
      'members[1].relation',
      '与申请人关系应为以下之一：self | spouse | child | parent | grandparent | grandchild | sibling | other',
    ],
    ['no members', (r: any) => (r.members = []), 'members', '家庭成员至少要有 1 人（申请人本人）'],
    [
      'no self',
      (r: any) => (r.members[0].relation = 'parent'),
      'members',
      '家庭成员中应有且只有 1 位申请人本人（relation 为 self），现在没有',
    ],
    [
      'two selves',
      (r: any) => (r.members[1].relation = 'self'),
      'members[1].relation',
      '家庭成员中应有且只有 1 位申请人本人（relation 为 self），现在有 2 位',
    ],
    [
      'duplicate ids',
      (r: any) => (r.members[1].id = 'm1'),
      'members[1].id',
      '成员编号「m1」与 members[0] 重复，每位成员的编号应唯一',
    ],
    ['an empty id', (r: any) => (r.members[1].id = ''), 'members[1].id', '成员编号不能为空'],
    [
      'a birth after asOf',
      (r: any) => (r.members[1].birthDate = '2026-11-26'),
      'members[1].birthDate',
      '出生日期不应晚于评估日期 2026-11-25',
    ],
    [
      'an excluded applicant',
      (r: any) => (r.members[0].excluded = 'prison'),
      'members[0].excluded',
      '申请人本人不能标记为不计入家庭成员的情形（excluded 应为 null）',
    ],
    [
      'a future emergency',
      (r: any) => (r.emergency = { type: 'fire', date: '2026-12-01' }),
      'emergency.date',
      '事件日期不应晚于评估日期 2026-11-25',
    ],
    [
      'a misspelt field',
      (r: any) => (r.members[1].livesTogeter = true),
      'members[1].livesTogeter',
      '不认识的字段「livesTogeter」（请检查拼写）',
    ],
    [
      'a missing livesTogether',
      (r: any) => delete r.members[0].livesTogether,
      'members[0].livesTogether',
      '缺少必填字段：是否长期共同生活',
    ],
  ])('reports %s', (_label, change, path, message) => {
    const raw = validRaw()
    change(raw)
    expect(issuesOf(raw)).toContainEqual({ path, message })
  })

  it('reports several problems at once', () => {
    const raw: any = validRaw()
    raw.asOf = '2026-13-01'
    raw.members[1].birthDate = 'yesterday'
    expect(issuesOf(raw).map((i) => i.path)).toEqual(['asOf', 'members[1].birthDate'])
  })

  it('rejects non-objects', () => {
    expect(issuesOf('household')).toEqual([{ path: '', message: '输入应为 JSON 对象' }])
    // Nothing at all is not a "missing field": there is no field name to report.
    expect(issuesOf(undefined)).toEqual([{ path: '', message: '输入应为 JSON 对象' }])
  })

  it('names the field that should be an object, or says 此项 for a list entry', () => {
    const raw: any = validRaw()
    raw.region = 'Lüliang'
    raw.members[1] = 5
    expect(issuesOf(raw)).toEqual([
      { path: 'region', message: '户籍地应为 JSON 对象' },
      { path: 'members[1]', message: '此项应为 JSON 对象' },
    ])
  })

  it('reports each extra applicant once, and not the first one', () => {
    const raw: any = validRaw()
    raw.members[1].relation = 'self'
    raw.members.push({ id: 'm3', relation: 'self', birthDate: '2000-01-01', livesTogether: true })
    const message = '家庭成员中应有且只有 1 位申请人本人（relation 为 self），现在有 3 位'
    expect(issuesOf(raw)).toEqual([
      { path: 'members[1].relation', message },
      { path: 'members[2].relation', message },
    ])
  })
})
