import fc from 'fast-check'
import { childOlderThanParent, idMatchesAnswers } from '@/domain/validation/crossField'
import { buildId, dateBetween, validResidentId } from '../../support/idSpec'

const woman = buildId('140105', '1985-10-01', '002') // sex digit 2 → female

describe('idMatchesAnswers', () => {
  it('gives no warning when the answers match the ID number', () => {
    expect(idMatchesAnswers({ idNumber: woman.id, sex: 'female', birthDate: '1985-10-01' })).toEqual([])
  })

  it('gives no warning for answers that are missing', () => {
    expect(idMatchesAnswers({ idNumber: woman.id })).toEqual([])
  })

  it('warns about a different sex', () => {
    expect(idMatchesAnswers({ idNumber: woman.id, sex: 'male' })).toEqual([
      { code: 'SEX_MISMATCH', message: '身份证号显示性别是“女”，和你选的“男”不一样，请核对' },
    ])
  })

  it('warns about a different birth date, also when the ID was typed in lower case or with spaces', () => {
    const spaced = '11010519491231002x'.replace(/(\d{6})(\d{8})/, '$1 $2 ')
    expect(idMatchesAnswers({ idNumber: spaced, birthDate: '1949-12-30', sex: 'female' })).toEqual([
      { code: 'BIRTH_DATE_MISMATCH', message: '身份证号里的出生日期和你填的出生日期不一样，请核对' },
    ])
  })

  it('reports both mismatches together', () => {
    expect(idMatchesAnswers({ idNumber: woman.id, sex: 'male', birthDate: '1985-01-10' }).map((w) => w.code)).toEqual([
      'SEX_MISMATCH',
      'BIRTH_DATE_MISMATCH',
    ])
  })

  it('stays quiet when the ID number or the answered date cannot be read (their own fields report that)', () => {
    expect(idMatchesAnswers({ idNumber: '140105198510010021', sex: 'male' })).toEqual([]) // bad check character
    expect(idMatchesAnswers({ idNumber: '1401051985', sex: 'male' })).toEqual([])
    expect(idMatchesAnswers({ idNumber: woman.id, birthDate: '1985-02-30' })).toEqual([])
  })

  it('agrees with the generator: matching answers never warn, the other sex always does (property)', () => {
    fc.assert(
      fc.property(validResidentId('1900-01-01', '2026-11-26'), (g) => {
        expect(idMatchesAnswers({ idNumber: g.id, sex: g.sex, birthDate: g.birthDate })).toEqual([])
        const other = g.sex === 'male' ? 'female' : 'male'
        expect(idMatchesAnswers({ idNumber: g.id, sex: other }).map((w) => w.code)).toEqual(['SEX_MISMATCH'])
      }),
    )
  })
})

describe('childOlderThanParent', () => {
  it.each([
    ['2010-05-01', '1980-05-01', false],
    ['1980-05-02', '1980-05-01', false],
    ['1980-05-01', '1980-05-01', true],
    ['1979-12-31', '1980-01-01', true],
    ['not a date', '1980-01-01', false],
    ['2010-05-01', '1980-02-30', false],
  ])('child %s, parent %s → %s', (childBirthDate, parentBirthDate, expected) => {
    expect(childOlderThanParent({ childBirthDate, parentBirthDate })).toBe(expected)
  })

  it('is true exactly when the child is not born after the parent (property)', () => {
    const date = dateBetween('1900-01-01', '2026-11-26')
    fc.assert(
      fc.property(date, date, (child, parent) => {
        expect(childOlderThanParent({ childBirthDate: child, parentBirthDate: parent })).toBe(child <= parent)
      }),
    )
  })
})
