import {
  evaluateOk,
  factorOf,
  household,
  member,
  programOf,
  RURAL_STANDARD_FEN,
  URBAN_STANDARD_FEN,
} from './householdBuilders'

describe('the 低保 income line, to the fen (spec §5)', () => {
  it.each([1, 2, 3, 4, 7])(
    '%d-person rural household: below at standard × size − 1, not below at the line or +1',
    (size) => {
      const line = RURAL_STANDARD_FEN * size
      const resultAt = (incomeFen: number) => {
        const members = [
          member('m0', { relation: 'self', incomeMonthlyFen: { wage: incomeFen } }),
          ...Array.from({ length: size - 1 }, (_, i) => member(`m${i + 1}`)),
        ]
        return factorOf(programOf(evaluateOk(household(members)), 'dibao'), 'income').result
      }
      expect(resultAt(line - 1)).toBe('met')
      expect(resultAt(line)).toBe('unmet')
      expect(resultAt(line + 1)).toBe('unmet')
    },
  )

  it('words the three cases without a verdict', () => {
    const sentence = (incomeFen: number) =>
      factorOf(
        programOf(
          evaluateOk(
            household(
              [member('a', { relation: 'self', incomeMonthlyFen: { wage: incomeFen } }), member('b'), member('c')],
              {
                region: { code: '140105', area: 'urban' },
              },
            ),
          ),
          'dibao',
        ),
        'income',
      ).explanation
    const line = URBAN_STANDARD_FEN * 3 // 2007.00 元
    expect(sentence(line - 1)).toBe('家庭月收入合计 2006.99 元 ÷ 3 人 = 人均 668.99 元，低于当地低保标准 669.00 元')
    expect(sentence(line)).toBe(
      '家庭月收入合计 2007.00 元 ÷ 3 人 = 人均 669.00 元，等于当地低保标准 669.00 元（等于标准不算低于标准）',
    )
    expect(sentence(line + 1)).toBe(
      '家庭月收入合计 2007.01 元 ÷ 3 人 = 人均 669.00 元，高于当地低保标准 669.00 元（收入合计高于 669.00 元 × 3 人 = 2007.00 元）',
    )
  })
})
