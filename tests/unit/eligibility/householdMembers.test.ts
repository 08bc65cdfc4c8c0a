import { ageInWholeYears, dayNumberOf, isRealIsoDate } from '@/domain/eligibility/calendarDate'
import { countHouseholdMembers, countMember, countedMonthlyIncomeFen } from '@/domain/eligibility/householdMembers'
import { evaluateOk, household, member } from './householdBuilders'

const AS_OF = '2026-11-25'

describe('calendar dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true)
    expect(isRealIsoDate('2023-02-29')).toBe(false)
    expect(isRealIsoDate('1900-02-29')).toBe(false)
    expect(isRealIsoDate('2000-02-29')).toBe(true)
    expect(isRealIsoDate('2024-04-31')).toBe(false)
    expect(isRealIsoDate('2024-13-01')).toBe(false)
    expect(isRealIsoDate('2024-1-01')).toBe(false)
    expect(isRealIsoDate('2024-01-01T00:00')).toBe(false)
  })

  it('counts whole years: the birthday itself completes the year', () => {
    expect(ageInWholeYears('2008-11-25', AS_OF)).toBe(18)
    expect(ageInWholeYears('2008-11-26', AS_OF)).toBe(17)
    expect(ageInWholeYears('1966-11-25', AS_OF)).toBe(60)
    expect(ageInWholeYears('2004-02-29', '2025-02-28')).toBe(20)
    expect(ageInWholeYears('2004-02-29', '2025-03-01')).toBe(21)
  })

  it('numbers days like the Gregorian calendar', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0)
    expect(dayNumberOf('2026-11-25') - dayNumberOf('2026-08-27')).toBe(90)
    expect(dayNumberOf('2024-03-01') - dayNumberOf('2024-02-28')).toBe(2)
    expect(dayNumberOf('2000-01-01')).toBe(Date.UTC(2000, 0, 1) / 86_400_000)
  })
})

describe('who is counted (spec §3.1)', () => {
  const count = (overrides: Parameters<typeof member>[1]) => countMember(member('x', overrides), AS_OF)

  it('never counts an excluded member, whatever the relation', () => {
    for (const excluded of ['religious', 'prison', 'rehab', 'missing'] as const) {
      const result = count({ relation: 'spouse', excluded })
      expect(result.counted).toBe(false)
      expect(result.reason).toMatch(/不计入共同生活的家庭成员$/)
    }
    expect(count({ relation: 'spouse', excluded: 'prison' }).reason).toBe('配偶，正在服刑，不计入共同生活的家庭成员')
  })

  it('counts self and spouse even when not living together', () => {
    expect(count({ relation: 'self', livesTogether: false })).toMatchObject({
      counted: true,
      reason: '申请人本人，计入',
    })
    expect(count({ relation: 'spouse', livesTogether: false })).toMatchObject({ counted: true, reason: '配偶，计入' })
  })

  it('counts a child under 18 wherever they live; at 18 the adult rules apply', () => {
    expect(count({ relation: 'child', birthDate: '2008-11-26', livesTogether: false })).toMatchObject({
      counted: true,
      reason: '未成年子女（17 周岁），计入',
    })
    expect(count({ relation: 'child', birthDate: '2008-11-25', livesTogether: false }).counted).toBe(false)
  })

  it('counts an adult child who lives together', () => {
    expect(count({ relation: 'child', birthDate: '1996-01-01', livesTogether: true })).toMatchObject({
      counted: true,
      reason: '已成年子女（30 周岁），与申请人长期共同生活，计入',
    })
  })

  it('names the school level of a counted adult student', () => {
    expect(
      count({ relation: 'child', birthDate: '2005-09-01', livesTogether: false, student: 'undergraduate' }),
    ).toEqual({
      id: 'x',
      counted: true,
      reason: '已成年子女（21 周岁），全日制在校学生（本科/专科），属本科及以下，计入',
      age: 21,
    })
    expect(
      count({ relation: 'child', birthDate: '2007-01-01', livesTogether: false, student: 'highschool' }).reason,
    ).toBe('已成年子女（19 周岁），全日制在校学生（高中/中职），属本科及以下，计入')
  })

  it('says whether another relative lives with the applicant', () => {
    expect(count({ relation: 'parent', livesTogether: true })).toMatchObject({
      counted: true,
      reason: '父母，与申请人长期共同生活，计入',
    })
    expect(count({ relation: 'grandparent', livesTogether: false })).toMatchObject({
      counted: false,
      reason: '祖父母/外祖父母，未与申请人长期共同生活，不计入',
    })
  })

  it('counts an adult child living away who is a full-time student at undergraduate level or below', () => {
    for (const student of ['compulsory', 'highschool', 'undergraduate'] as const) {
      const result = count({ relation: 'child', birthDate: '2005-09-01', livesTogether: false, student })
      expect(result.counted).toBe(true)
      expect(result.reason).toContain('属本科及以下，计入')
    }
  })

  it('does not count a postgraduate adult child living away', () => {
    expect(
      count({ relation: 'child', birthDate: '2001-02-14', livesTogether: false, student: 'postgraduate' }),
    ).toMatchObject({ counted: false, reason: '已成年子女（25 周岁），全日制研究生，且未与申请人长期共同生活，不计入' })
    // …but a postgraduate who lives at home is counted.
    expect(
      count({ relation: 'child', birthDate: '2001-02-14', livesTogether: true, student: 'postgraduate' }).counted,
    ).toBe(true)
  })

  it('does not count an adult child living away who is not a student', () => {
    expect(count({ relation: 'child', birthDate: '1990-01-01', livesTogether: false }).reason).toBe(
      '已成年子女（36 周岁），未与申请人长期共同生活，也不是全日制本科及以下在校学生，不计入',
    )
  })

  it('counts other relations only when they live together', () => {
    for (const relation of ['parent', 'grandparent', 'grandchild', 'sibling', 'other'] as const) {
      expect(count({ relation, livesTogether: true }).counted).toBe(true)
      expect(count({ relation, livesTogether: false }).counted).toBe(false)
    }
    expect(count({ relation: 'parent', livesTogether: false }).reason).toBe('父母，未与申请人长期共同生活，不计入')
    // A grandchild under 18 is not a child: living apart means not counted.
    expect(count({ relation: 'grandchild', birthDate: '2015-01-01', livesTogether: false }).counted).toBe(false)
  })

  it('lists every member in entry order with a reason (for the application form)', () => {
    const list = countHouseholdMembers(
      [member('b', { relation: 'self' }), member('a', { relation: 'sibling', livesTogether: false })],
      AS_OF,
    )
    expect(list.map((m) => [m.id, m.counted])).toEqual([
      ['b', true],
      ['a', false],
    ])
  })

  it('sizes the household and lists not-counted members with reasons in the result', () => {
    const result = evaluateOk(
      household([
        member('m1', { relation: 'self' }),
        member('m2', { relation: 'spouse', excluded: 'rehab' }),
        member('m3', { relation: 'parent', livesTogether: true }),
        member('m4', { relation: 'sibling', livesTogether: false }),
      ]),
    )
    expect(result.household.size).toBe(2)
    expect(result.household.counted).toEqual(['m1', 'm3'])
    expect(result.household.notCounted).toEqual([
      { id: 'm2', reason: '配偶，正在强制隔离戒毒，不计入共同生活的家庭成员' },
      { id: 'm4', reason: '兄弟姐妹，未与申请人长期共同生活，不计入' },
    ])
  })
})

describe('income (spec §3.2)', () => {
  it('adds wage, business, property and transfer, never exempt', () => {
    expect(countedMonthlyIncomeFen({ wage: 1, business: 20, property: 300, transfer: 4000, exempt: 50000 })).toBe(4321)
  })

  it('counts the income of counted members only', () => {
    const result = evaluateOk(
      household([
        member('m1', { relation: 'self', incomeMonthlyFen: { wage: 100000, exempt: 99999 } }),
        member('m2', { relation: 'sibling', livesTogether: false, incomeMonthlyFen: { wage: 500000 } }),
      ]),
    )
    expect(result.household.incomeMonthlyFen).toBe(100000)
  })
})
