/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON is edited freely to build invalid cases */
/**
 * Every input field, given a wrong type or value, is reported with the exact Chinese message the user (or the
 * 村委会 worker filling in the form) reads, and a missing field is named in Chinese.
 */
import {
  INPUT_FIELD_LABELS,
  MAX_MEMBERS,
  validateEligibilityInput,
} from '@/domain/eligibility/validateEligibilityInput'

const fullRaw = (): any => ({
  asOf: '2026-11-25',
  region: { code: '141124', area: 'rural' },
  members: [
    { id: 'm1', relation: 'self', birthDate: '1975-04-12', livesTogether: true },
    {
      id: 'm2',
      relation: 'child',
      birthDate: '2005-09-30',
      livesTogether: false,
      student: 'undergraduate',
      disability: { category: 'limb', grade: 2 },
      seriousIllness: false,
      excluded: null,
      incomeMonthlyFen: { wage: 1, business: 2, property: 3, transfer: 4, exempt: 5 },
    },
  ],
  supporters: 'none',
  assetsDeclared: true,
  rigidSpendingAnnualFen: 100,
  emergency: { type: 'fire', date: '2026-11-01' },
})

function issuesOf(raw: unknown) {
  const outcome = validateEligibilityInput(raw)
  if (outcome.ok) throw new Error('expected issues')
  return outcome.issues
}

/** Sets `value` at a dotted path such as "members.1.incomeMonthlyFen.wage" (undefined deletes the key). */
function withValue(path: string, value: unknown): any {
  const raw = fullRaw()
  const keys = path.split('.')
  const last = keys.pop() as string
  const parent = keys.reduce((node, key) => node[key], raw)
  if (value === undefined) delete parent[last]
  else parent[last] = value
  return raw
}

const issuePath = (path: string) => path.replace(/\.(\d+)/g, '[$1]')

it('the full example is valid', () => {
  expect(validateEligibilityInput(fullRaw()).ok).toBe(true)
})

describe('a missing required field is named in Chinese', () => {
  it.each([
    ['asOf', '评估日期'],
    ['region', '户籍地'],
    ['region.code', '县级行政区划代码'],
    ['region.area', '户籍性质'],
    ['members', '家庭成员'],
    ['members.1.id', '成员编号'],
    ['members.1.relation', '与申请人关系'],
    ['members.1.birthDate', '出生日期'],
    ['members.1.livesTogether', '是否长期共同生活'],
    ['members.1.disability.category', '残疾类别'],
    ['members.1.disability.grade', '残疾等级'],
    ['emergency.type', '事件类型'],
    ['emergency.date', '事件日期'],
  ])('%s → 缺少必填字段：%s', (path, label) => {
    expect(issuesOf(withValue(path, undefined))).toEqual([{ path: issuePath(path), message: `缺少必填字段：${label}` }])
  })
})

describe('a field that should be an object names the field', () => {
  it.each([
    ['region', '户籍地'],
    ['members.1.disability', '残疾情况'],
    ['members.1.incomeMonthlyFen', '月收入'],
    ['emergency', '突发事件'],
  ])('%s → %s应为 JSON 对象', (path, label) => {
    expect(issuesOf(withValue(path, 'yes'))).toEqual([{ path: issuePath(path), message: `${label}应为 JSON 对象` }])
  })
})

describe('a wrong value gets the exact message', () => {
  const money = '应为数字，单位为分（例如 1600 元写作 160000）'
  it.each([
    ['asOf', 20261125, '评估日期应为 YYYY-MM-DD 格式的日期'],
    ['asOf', '2026/11/25', '评估日期应为 YYYY-MM-DD 格式的真实日期'],
    ['region.code', 141124, '县级行政区划代码应为 6 位数字'],
    ['region.code', 'x141124', '县级行政区划代码应为以 14 开头的 6 位数字（山西省）'],
    ['region.code', '1411240', '县级行政区划代码应为以 14 开头的 6 位数字（山西省）'],
    ['members', 'm1', '家庭成员应为列表'],
    ['members.1.id', 2, '成员编号应为文字'],
    ['members.1.id', 'x'.repeat(65), '成员编号不能超过 64 个字符'],
    ['members.1.birthDate', null, '出生日期应为 YYYY-MM-DD 格式的日期'],
    ['members.1.livesTogether', 'yes', '是否长期共同生活应为 true 或 false'],
    [
      'members.1.student',
      'college',
      '在校学生情况应为以下之一：compulsory | highschool | undergraduate | postgraduate',
    ],
    [
      'members.1.disability.category',
      'arm',
      '残疾类别应为以下之一：limb | intellectual | mental | visual | hearing | speech | multiple',
    ],
    ['members.1.seriousIllness', 'no', '是否患重特大疾病应为 true 或 false'],
    ['members.1.excluded', 'army', '不计入家庭成员的情形应为以下之一：religious | prison | rehab | missing'],
    ['members.1.incomeMonthlyFen.wage', '1', `工资性收入${money}`],
    ['members.1.incomeMonthlyFen.business', '2', `经营净收入${money}`],
    ['members.1.incomeMonthlyFen.property', '3', `财产净收入${money}`],
    ['members.1.incomeMonthlyFen.transfer', '4', `转移净收入${money}`],
    ['members.1.incomeMonthlyFen.exempt', '5', `不计入的收入${money}`],
    ['members.1.incomeMonthlyFen.wage', 100_000_000_001, '工资性收入不能超过 100000000000 分'],
    ['supporters', 'some', '法定赡养/抚养/扶养义务人情况应为以下之一：none | incapable | capable'],
    ['assetsDeclared', 'yes', '家庭财产声明应为 true 或 false'],
    ['rigidSpendingAnnualFen', -1, '近 12 个月刚性支出不能为负数'],
    ['emergency.type', 'flood', '事件类型应为以下之一：fire | accident | illness | disaster | other'],
    ['emergency.date', '2026-02-29', '事件日期应为 YYYY-MM-DD 格式的真实日期'],
  ])('%s = %j → %s', (path, value, message) => {
    expect(issuesOf(withValue(path, value))).toEqual([{ path: issuePath(path), message }])
  })

  it('the largest allowed amount is accepted', () => {
    expect(validateEligibilityInput(withValue('members.1.incomeMonthlyFen.wage', 100_000_000_000)).ok).toBe(true)
  })

  it(`more than ${MAX_MEMBERS} members`, () => {
    const raw = fullRaw()
    for (let i = raw.members.length; i <= MAX_MEMBERS; i++) {
      raw.members.push({ id: `m${i + 1}`, relation: 'other', birthDate: '1990-01-01', livesTogether: true })
    }
    expect(raw.members).toHaveLength(MAX_MEMBERS + 1)
    expect(issuesOf(raw)).toEqual([{ path: 'members', message: `家庭成员最多 ${MAX_MEMBERS} 人` }])
  })
})

it('every input field has a Chinese name for messages', () => {
  const keys = new Set<string>()
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect)
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        keys.add(key)
        collect(value)
      }
    }
  }
  collect(fullRaw())
  for (const key of keys)
    expect([key, INPUT_FIELD_LABELS[key]]).toEqual([key, expect.stringMatching(/^\S*[\u4e00-\u9fff]/)])
  expect(Object.keys(INPUT_FIELD_LABELS).sort()).toEqual([...keys].sort())
})
