/**
 * The parameter table (spec §1, §3.3): dated values with source and `verified` flag. `loadParams` validates a
 * raw table once with valibot and returns it with every dated list sorted newest first, ready for
 * `valueInForce`. The engine never re-validates parameters per evaluation.
 */
import * as v from 'valibot'
import { dayNumberOf, isRealIsoDate } from '../calendarDate'
import type { Ratio } from '../exactArithmetic'
import { describeIssue, type InputIssue, type ValidationOutcome } from '../validationIssue'

export interface ParamSource {
  readonly title: string
  readonly url: string | null
  readonly document: string | null
}

export interface DatedParam<T> {
  /** YYYY-MM-DD; the value applies from this date until the next value in the same list. */
  readonly appliesFrom: string
  readonly value: T
  readonly source: ParamSource
  /** false: shown to users as 参考值. */
  readonly verified: boolean
  readonly note: string | null
}

export interface DisposableIncomeParam extends DatedParam<number> {
  /** The statistics year the figure describes (上年度). */
  readonly dataYear: number
}

/** Lists are sorted newest first (descending appliesFrom) after loading. */
export type DatedList<T> = readonly T[]

export interface AreaLists<T> {
  readonly urban: DatedList<T>
  readonly rural: DatedList<T>
}

export interface EligibilityParams {
  readonly paramsVersion: string
  readonly province: { readonly code: string; readonly name: string }
  readonly dibaoStandardMonthlyFen: {
    readonly province: AreaLists<DatedParam<number>>
    /** Only sourced county entries; keyed by 6-digit county code. */
    readonly counties: Readonly<Record<string, Partial<AreaLists<DatedParam<number>>>>>
  }
  readonly disposableIncomeAnnualFen: AreaLists<DisposableIncomeParam>
  readonly tekunMultiplier: DatedList<DatedParam<Ratio>>
  readonly edgeMultiplier: DatedList<DatedParam<Ratio>>
  readonly rigidRatio: DatedList<DatedParam<Ratio>>
  readonly tempAidCapMonths: DatedList<DatedParam<number>>
}

const PARAM_FIELD_LABELS: Readonly<Record<string, string>> = {
  paramsVersion: '参数表版本',
  appliesFrom: '施行日期',
  value: '数值',
  source: '来源',
  title: '来源标题',
  verified: '是否已核实',
  dataYear: '统计年度',
  num: '分子',
  den: '分母',
}

/** Same bound as input money (validateEligibilityInput.ts): 10^11 fen. */
const MAX_PARAM_FEN = 100_000_000_000

const date = v.pipe(
  v.string('施行日期应为 YYYY-MM-DD 格式的日期'),
  v.check(isRealIsoDate, '施行日期应为 YYYY-MM-DD 格式的真实日期'),
)

const fen = v.pipe(
  v.number('金额应为数字（单位：分）'),
  v.safeInteger('金额应为整数（单位：分）'),
  v.minValue(1, '金额应大于 0'),
  v.maxValue(MAX_PARAM_FEN, `金额不能超过 ${MAX_PARAM_FEN} 分`),
)

/** Multipliers are rationals num/den between 0 and 10, den ≤ 1,000,000 (so all derived amounts stay safe). */
const ratio = v.pipe(
  v.strictObject({
    num: v.pipe(v.number('分子应为数字'), v.safeInteger('分子应为整数'), v.minValue(0, '分子不能为负数')),
    den: v.pipe(
      v.number('分母应为数字'),
      v.safeInteger('分母应为整数'),
      v.minValue(1, '分母应不小于 1'),
      v.maxValue(1_000_000, '分母不能超过 1000000'),
    ),
  }),
  v.check((r) => r.num <= 10 * r.den, '倍数（分子 ÷ 分母）不能超过 10'),
)

const source = v.pipe(
  v.strictObject({
    title: v.pipe(v.string('来源标题应为文字'), v.minLength(1, '来源标题不能为空')),
    url: v.nullish(
      v.pipe(v.string('网址应为文字'), v.regex(/^https?:\/\/\S+$/, '网址应以 http:// 或 https:// 开头')),
      null,
    ),
    document: v.nullish(v.pipe(v.string('文件说明应为文字'), v.minLength(1, '文件说明不能为空')), null),
  }),
  v.check((s) => s.url !== null || s.document !== null, '来源应有网址（url）或文件说明（document）'),
)

const datedFields = {
  appliesFrom: date,
  source,
  verified: v.boolean('是否已核实（verified）应为 true 或 false'),
  note: v.nullish(v.string('说明应为文字'), null),
}

const dated = <T extends v.GenericSchema>(value: T) => v.strictObject({ ...datedFields, value })

/** A dated list: dates must be distinct (otherwise "the value in force" would be ambiguous). */
const datedList = <T extends v.GenericSchema>(entry: T, minEntries: number) =>
  v.pipe(
    v.array(entry, '应为列表'),
    v.minLength(minEntries, `至少要有 ${minEntries} 个带日期的数值`),
    v.check(
      (list) => new Set(list.map((item) => (item as { appliesFrom: string }).appliesFrom)).size === list.length,
      '同一参数的施行日期不能重复',
    ),
  )

const standardEntry = dated(fen)

const statisticsYear = v.pipe(v.number('统计年度应为数字'), v.safeInteger('统计年度应为整数'))

const paramsSchema = v.strictObject({
  paramsVersion: v.pipe(v.string('参数表版本应为文字'), v.minLength(1, '参数表版本不能为空')),
  province: v.strictObject({
    code: v.pipe(v.string('省级代码应为文字'), v.regex(/^\d{6}$/, '省级代码应为 6 位数字')),
    name: v.pipe(v.string('省名应为文字'), v.minLength(1, '省名不能为空')),
  }),
  notes: v.optional(v.string('说明应为文字')),
  dibaoStandardMonthlyFen: v.strictObject({
    province: v.strictObject({ urban: datedList(standardEntry, 1), rural: datedList(standardEntry, 1) }),
    counties: v.pipe(
      v.record(
        v.pipe(v.string(), v.regex(/^\d{6}$/, '县级代码应为 6 位数字')),
        v.strictObject({
          urban: v.optional(datedList(standardEntry, 1)),
          rural: v.optional(datedList(standardEntry, 1)),
        }),
        '县级低保标准应为以县级代码为键的对象',
      ),
    ),
  }),
  disposableIncomeAnnualFen: v.strictObject({
    urban: datedList(v.strictObject({ ...datedFields, value: fen, dataYear: statisticsYear }), 0),
    rural: datedList(v.strictObject({ ...datedFields, value: fen, dataYear: statisticsYear }), 0),
  }),
  tekunMultiplier: datedList(dated(ratio), 0),
  edgeMultiplier: datedList(dated(ratio), 0),
  rigidRatio: datedList(dated(ratio), 0),
  tempAidCapMonths: datedList(
    dated(
      v.pipe(
        v.number('月数应为数字'),
        v.safeInteger('月数应为整数'),
        v.minValue(1, '月数应不小于 1'),
        v.maxValue(120, '月数不能超过 120'),
      ),
    ),
    0,
  ),
})

/** Dates in a list are real and distinct (checked above), so their day numbers order them strictly. */
function newestFirst<T extends { readonly appliesFrom: string }>(list: readonly T[]): readonly T[] {
  return [...list].sort((a, b) => dayNumberOf(b.appliesFrom) - dayNumberOf(a.appliesFrom))
}

function sortAreaLists<T extends { readonly appliesFrom: string }>(lists: AreaLists<T>): AreaLists<T> {
  return { urban: newestFirst(lists.urban), rural: newestFirst(lists.rural) }
}

/** Validates a raw parameter table once and returns it ready for evaluation, or the issues found. */
export function loadParams(raw: unknown): ValidationOutcome<EligibilityParams> {
  const parsed = v.safeParse(paramsSchema, raw, { abortEarly: false })
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((issue) => describeIssue(issue, PARAM_FIELD_LABELS)) }
  }
  const table = parsed.output
  const counties: Record<string, Partial<AreaLists<DatedParam<number>>>> = {}
  for (const [code, lists] of Object.entries(table.dibaoStandardMonthlyFen.counties)) {
    counties[code] = {
      ...(lists.urban ? { urban: newestFirst(lists.urban) } : {}),
      ...(lists.rural ? { rural: newestFirst(lists.rural) } : {}),
    }
  }
  const value: EligibilityParams = {
    paramsVersion: table.paramsVersion,
    province: table.province,
    dibaoStandardMonthlyFen: { province: sortAreaLists(table.dibaoStandardMonthlyFen.province), counties },
    disposableIncomeAnnualFen: sortAreaLists(table.disposableIncomeAnnualFen),
    tekunMultiplier: newestFirst(table.tekunMultiplier),
    edgeMultiplier: newestFirst(table.edgeMultiplier),
    rigidRatio: newestFirst(table.rigidRatio),
    tempAidCapMonths: newestFirst(table.tempAidCapMonths),
  }
  return { ok: true, value }
}

/** Formats load issues as one readable block, e.g. for a thrown Error or a CLI message. */
export function describeParamsIssues(issues: readonly InputIssue[]): string {
  return issues.map((issue) => `参数表 ${issue.path || '(整体)'}：${issue.message}`).join('\n')
}

/** The value in force on `asOf`: the one with the greatest appliesFrom ≤ asOf (lists are newest first). */
export function valueInForce<T extends { readonly appliesFrom: string }>(
  list: DatedList<T> | undefined,
  asOf: string,
): T | null {
  if (!list) return null
  for (const entry of list) if (entry.appliesFrom <= asOf) return entry
  return null
}
