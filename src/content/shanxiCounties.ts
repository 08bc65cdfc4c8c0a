/**
 * Cities and counties of Shanxi for pickers that do not need 乡镇 (the 资格预检 region step). Reads the small
 * generated file src/content/generated/shanxiCounties.json, never the full divisions file with towns.
 */
import { isShanxiCounties, type CityEntry, type CountyEntry, type ShanxiCounties } from './shanxiCountyTypes'

let cached: ShanxiCounties | null = null

/** Throws with a clear message if the file is missing (run `npm run content`) or malformed. */
export function shanxiCounties(): ShanxiCounties {
  if (cached) return cached
  let raw: unknown
  try {
    raw = require('./generated/shanxiCounties.json')
  } catch {
    throw new Error('src/content/generated/shanxiCounties.json 不存在：先运行 npm run content')
  }
  if (!isShanxiCounties(raw)) throw new Error('shanxiCounties.json 格式不对：请重新运行 npm run content')
  cached = raw
  return cached
}

export function cityOfCounty(data: ShanxiCounties, countyCode: string): CityEntry | null {
  return data.cities.find((city) => countyCode.startsWith(city.c)) ?? null
}

export function countyByCode(data: ShanxiCounties, countyCode: string): CountyEntry | null {
  return cityOfCounty(data, countyCode)?.counties.find((county) => county.c === countyCode) ?? null
}
