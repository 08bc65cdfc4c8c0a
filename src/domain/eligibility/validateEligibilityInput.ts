/**
 * Validates raw pre-check input (spec §2) with valibot and normalises absent answers (see eligibilityInput.ts).
 * Every issue names the field by path (e.g. "members[1].birthDate") and says in Chinese what was expected.
 */
import * as v from 'valibot'
import { isRealIsoDate } from './calendarDate'
import {
  AREAS,
  DISABILITY_CATEGORIES,
  DISABILITY_GRADES,
  EMERGENCY_TYPES,
  EXCLUSION_REASONS,
  RELATIONS,
  STUDENT_LEVELS,
  SUPPORTER_SITUATIONS,
  type EligibilityInput,
} from './eligibilityInput'
import { describeIssue, type InputIssue, type ValidationOutcome } from './validationIssue'

/**
 * Upper bounds that keep every amount the engine computes or shows a safe integer (comparisons are exact anyway,
 * see exactArithmetic.ts): at most 50 members and 1,000,000,000 元 (10^11 fen) per money field.
 */
export const MAX_MEMBERS = 50
export const MAX_MONEY_FEN = 100_000_000_000

export const INPUT_FIELD_LABELS: Readonly<Record<string, string>> = {
  asOf: '评估日期',
  region: '户籍地',
  code: '县级行政区划代码',
  area: '户籍性质',
  members: '家庭成员',
  id: '成员编号',
  relation: '与申请人关系',
  birthDate: '出生日期',
  livesTogether: '是否长期共同生活',
  student: '在校学生情况',
  disability: '残疾情况',
  category: '残疾类别',
  grade: '残疾等级',
  seriousIllness: '是否患重特大疾病',
  excluded: '不计入家庭成员的情形',
  incomeMonthlyFen: '月收入',
  wage: '工资性收入',
  business: '经营净收入',
  property: '财产净收入',
  transfer: '转移净收入',
  exempt: '不计入的收入',
  supporters: '法定赡养/抚养/扶养义务人情况',
  assetsDeclared: '家庭财产声明',
  rigidSpendingAnnualFen: '近 12 个月刚性支出',
  emergency: '突发事件',
  type: '事件类型',
  date: '事件日期',
}

const isoDate = (label: string) =>
  v.pipe(
    v.string(`${label}应为 YYYY-MM-DD 格式的日期`),
    v.check(isRealIsoDate, `${label}应为 YYYY-MM-DD 格式的真实日期`),
  )

const fen = (label: string) =>
  v.pipe(
    v.number(`${label}应为数字，单位为分（例如 1600 元写作 160000）`),
    v.safeInteger(`${label}应为整数，单位为分（例如 1600 元写作 160000）`),
    v.minValue(0, `${label}不能为负数`),
    v.maxValue(MAX_MONEY_FEN, `${label}不能超过 ${MAX_MONEY_FEN} 分`),
  )

const optionalFen = (label: string) => v.optional(fen(label), 0)

const choice = <const T extends readonly (string | number)[]>(options: T, label: string) =>
  v.picklist(options, `${label}应为以下之一：${options.join(' | ')}`)

const incomeSchema = v.strictObject({
  wage: optionalFen('工资性收入'),
  business: optionalFen('经营净收入'),
  property: optionalFen('财产净收入'),
  transfer: optionalFen('转移净收入'),
  exempt: optionalFen('不计入的收入'),
})

const memberSchema = v.strictObject({
  id: v.pipe(
    v.string('成员编号应为文字'),
    v.minLength(1, '成员编号不能为空'),
    v.maxLength(64, '成员编号不能超过 64 个字符'),
  ),
  relation: choice(RELATIONS, '与申请人关系'),
  birthDate: isoDate('出生日期'),
  livesTogether: v.boolean('是否长期共同生活应为 true 或 false'),
  student: v.nullish(choice(STUDENT_LEVELS, '在校学生情况'), null),
  disability: v.nullish(
    v.strictObject({
      category: choice(DISABILITY_CATEGORIES, '残疾类别'),
      grade: choice(DISABILITY_GRADES, '残疾等级'),
    }),
    null,
  ),
  seriousIllness: v.optional(v.boolean('是否患重特大疾病应为 true 或 false'), false),
  excluded: v.nullish(choice(EXCLUSION_REASONS, '不计入家庭成员的情形'), null),
  // valibot runs the default through incomeSchema, which fills in 0 for every absent amount.
  incomeMonthlyFen: v.optional(incomeSchema, {}),
})

const inputSchema = v.strictObject({
  asOf: isoDate('评估日期'),
  region: v.strictObject({
    code: v.pipe(
      v.string('县级行政区划代码应为 6 位数字'),
      v.regex(/^14\d{4}$/, '县级行政区划代码应为以 14 开头的 6 位数字（山西省）'),
    ),
    area: choice(AREAS, '户籍性质'),
  }),
  members: v.pipe(
    v.array(memberSchema, '家庭成员应为列表'),
    v.minLength(1, '家庭成员至少要有 1 人（申请人本人）'),
    v.maxLength(MAX_MEMBERS, `家庭成员最多 ${MAX_MEMBERS} 人`),
  ),
  supporters: v.nullish(choice(SUPPORTER_SITUATIONS, '法定赡养/抚养/扶养义务人情况'), null),
  assetsDeclared: v.nullish(v.boolean('家庭财产声明应为 true 或 false'), null),
  rigidSpendingAnnualFen: v.nullish(fen('近 12 个月刚性支出'), null),
  emergency: v.nullish(v.strictObject({ type: choice(EMERGENCY_TYPES, '事件类型'), date: isoDate('事件日期') }), null),
})

/** Rules across fields that the per-field schema cannot express. */
function crossFieldIssues(input: EligibilityInput): InputIssue[] {
  const issues: InputIssue[] = []
  const selfIndexes = input.members.flatMap((member, index) => (member.relation === 'self' ? [index] : []))
  if (selfIndexes.length === 0) {
    issues.push({ path: 'members', message: '家庭成员中应有且只有 1 位申请人本人（relation 为 self），现在没有' })
  }
  // Every applicant after the first is one too many (none when there is exactly one).
  for (const index of selfIndexes.slice(1)) {
    issues.push({
      path: `members[${index}].relation`,
      message: `家庭成员中应有且只有 1 位申请人本人（relation 为 self），现在有 ${selfIndexes.length} 位`,
    })
  }
  const seen = new Map<string, number>()
  input.members.forEach((member, index) => {
    const first = seen.get(member.id)
    if (first !== undefined) {
      issues.push({
        path: `members[${index}].id`,
        message: `成员编号「${member.id}」与 members[${first}] 重复，每位成员的编号应唯一`,
      })
    } else {
      seen.set(member.id, index)
    }
    if (member.birthDate > input.asOf) {
      issues.push({ path: `members[${index}].birthDate`, message: `出生日期不应晚于评估日期 ${input.asOf}` })
    }
    if (member.relation === 'self' && member.excluded !== null) {
      issues.push({
        path: `members[${index}].excluded`,
        message: '申请人本人不能标记为不计入家庭成员的情形（excluded 应为 null）',
      })
    }
  })
  if (input.emergency !== null && input.emergency.date > input.asOf) {
    issues.push({ path: 'emergency.date', message: `事件日期不应晚于评估日期 ${input.asOf}` })
  }
  return issues
}

export function validateEligibilityInput(raw: unknown): ValidationOutcome<EligibilityInput> {
  const parsed = v.safeParse(inputSchema, raw, { abortEarly: false })
  if (!parsed.success)
    return { ok: false, issues: parsed.issues.map((issue) => describeIssue(issue, INPUT_FIELD_LABELS)) }
  // The schema's output must be assignable to the normalised type the engine reads (checked by the compiler here).
  const value: EligibilityInput = parsed.output
  const issues = crossFieldIssues(value)
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value }
}
