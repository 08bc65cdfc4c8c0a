/**
 * Lookup helpers over the trimmed Shanxi division data (src/content/generated/shanxiDivisions.json,
 * produced by `npm run content`). Import this module only from the subpackage that needs towns.
 *
 * The 4 NBS functional zones (codes xx71) are hidden from countiesOf() unless asked for: they are not
 * statutory county-level units and should not be offered as 户籍地 (docs/domain.md §11). nameOf() still
 * knows them, so an old code still shows a name.
 */
import * as v from 'valibot'
import {
  shanxiDivisionsSchema,
  type DivisionCity,
  type DivisionCounty,
  type DivisionTown,
  type ShanxiDivisions,
} from './divisionTypes'

export interface DivisionOption {
  code: string
  name: string
}

export interface DivisionLookup {
  readonly data: ShanxiDivisions
  cities(): DivisionOption[]
  /** Counties of a 4-digit city code; functional zones only with `includeZones`. Unknown city → []. */
  countiesOf(cityCode: string, options?: { includeZones?: boolean }): DivisionOption[]
  /** 乡镇/街道 of a 6-digit county code. Unknown county → []. */
  townsOf(countyCode: string): DivisionOption[]
  /** Name of any Shanxi code (2, 4, 6 or 9 digits), or null. */
  nameOf(code: string): string | null
  /** "吕梁市 · 临县 · 城庄镇" style path for a code, or null. */
  pathOf(code: string): string | null
  isFunctionalZone(countyCode: string): boolean
}

const option = (d: DivisionCity | DivisionCounty | DivisionTown): DivisionOption => ({ code: d.c, name: d.n })

export function createDivisionLookup(data: ShanxiDivisions): DivisionLookup {
  const cityByCode = new Map<string, DivisionCity>()
  const countyByCode = new Map<string, DivisionCounty>()
  const names = new Map<string, string>([[data.province.c, data.province.n]])
  for (const city of data.cities) {
    cityByCode.set(city.c, city)
    names.set(city.c, city.n)
    for (const county of city.counties) {
      countyByCode.set(county.c, county)
      names.set(county.c, county.n)
      for (const town of county.towns) names.set(town.c, town.n)
    }
  }
  const nameOf = (code: string) => names.get(code) ?? null
  return {
    data,
    cities: () => data.cities.map(option),
    countiesOf: (cityCode, options) =>
      (cityByCode.get(cityCode)?.counties ?? []).filter((c) => options?.includeZones || !c.fz).map(option),
    townsOf: (countyCode) => (countyByCode.get(countyCode)?.towns ?? []).map(option),
    nameOf,
    pathOf: (code) => {
      if (!names.has(code) || code.length < 4) return null
      const parts = [code.slice(0, 4), code.slice(0, 6), code].filter((c, i, all) => all.indexOf(c) === i)
      const labels = parts.map(nameOf)
      return labels.every((l): l is string => l !== null) ? labels.join(' · ') : null
    },
    isFunctionalZone: (countyCode) => countyByCode.get(countyCode)?.fz === true,
  }
}

let cached: DivisionLookup | null = null

/**
 * The lookup over the generated file, validated on first use. Throws with a clear message if the file is
 * missing (run `npm run content`) or malformed. `require` keeps type checking independent of generated files.
 */
export function shanxiDivisions(): DivisionLookup {
  if (cached) return cached
  let raw: unknown
  try {
    raw = require('./generated/shanxiDivisions.json')
  } catch {
    throw new Error('src/content/generated/shanxiDivisions.json 不存在：先运行 npm run content')
  }
  const parsed = v.safeParse(shanxiDivisionsSchema, raw)
  if (!parsed.success) throw new Error(`shanxiDivisions.json 格式不对：${parsed.issues[0].message}`)
  cached = createDivisionLookup(parsed.output)
  return cached
}

export const cities = (): DivisionOption[] => shanxiDivisions().cities()
export const countiesOf = (cityCode: string, options?: { includeZones?: boolean }): DivisionOption[] =>
  shanxiDivisions().countiesOf(cityCode, options)
export const townsOf = (countyCode: string): DivisionOption[] => shanxiDivisions().townsOf(countyCode)
export const nameOf = (code: string): string | null => shanxiDivisions().nameOf(code)
