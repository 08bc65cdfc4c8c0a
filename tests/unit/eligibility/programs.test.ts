import {
  applicant,
  RURAL_STANDARD_FEN,
  earner,
  evaluateOk,
  factorOf,
  household,
  member,
  paramsWith,
  programOf,
  programsOf,
} from './householdBuilders'

describe('低保 dibao', () => {
  const family = (assetsDeclared: boolean | null) =>
    household(
      [
        earner('m1', 120000, { relation: 'self' }),
        member('m2', { incomeMonthlyFen: { business: 40000 } }),
        member('m3', { relation: 'child', birthDate: '2014-06-01', incomeMonthlyFen: { exempt: 5000 } }),
      ],
      { assetsDeclared },
    )

  it('is likely below the line, with the spec example sentence and the gap as estimate', () => {
    const dibao = programOf(evaluateOk(family(true)), 'dibao')
    expect(dibao.status).toBe('likely')
    expect(factorOf(dibao, 'income')).toEqual({
      id: 'income',
      result: 'met',
      explanation: '家庭月收入合计 1600.00 元 ÷ 3 人 = 人均 533.33 元，低于当地低保标准 555.00 元',
      missing: null,
    })
    expect(dibao.estimatedMonthlyFen).toBe(3 * RURAL_STANDARD_FEN - 160000)
    expect(dibao.estimateExplanation).toBe(
      '555.00 元 × 3 人 − 1600.00 元 = 每月约 65.00 元（补差，实际金额以审核确认为准）',
    )
    expect(dibao.remaining).toEqual([
      '家庭财产需经家庭经济状况核对',
      '入户调查',
      '本次按全省平均低保标准测算，需以户籍所在县（市、区）公布的低保标准为准',
    ])
  })

  it('needs info when assets are not answered, and is unlikely when assets are declared over the rule', () => {
    const unanswered = programOf(evaluateOk(family(null)), 'dibao')
    expect(unanswered.status).toBe('needs_info')
    expect(unanswered.estimatedMonthlyFen).toBeNull()
    expect(factorOf(unanswered, 'assets')).toMatchObject({ result: 'unknown', missing: 'answer' })
    const over = programOf(evaluateOk(family(false)), 'dibao')
    expect(over.status).toBe('unlikely')
    expect(factorOf(over, 'assets').result).toBe('unmet')
  })

  it('says the income is above the standard (never a verdict)', () => {
    const dibao = programOf(evaluateOk(household([earner('m1', 70000, { relation: 'self' })])), 'dibao')
    expect(dibao.status).toBe('unlikely')
    expect(factorOf(dibao, 'income').explanation).toBe(
      '家庭月收入合计 700.00 元 ÷ 1 人 = 人均 700.00 元，高于当地低保标准 555.00 元',
    )
  })

  it('uses a sourced county standard when the table has one in force, and says so', () => {
    const params = paramsWith((table) => {
      table.dibaoStandardMonthlyFen.counties['141124'] = {
        rural: [
          {
            appliesFrom: '2026-01-01',
            value: 58000,
            source: { title: '临县测试标准', document: 'test fixture' },
            verified: true,
          },
        ],
      }
    })
    const input = household([earner('m1', 56000, { relation: 'self' })])
    const county = evaluateOk(input, params)
    expect(county.standard).toMatchObject({ monthlyFen: 58000, scope: 'county', appliesFrom: '2026-01-01' })
    expect(programOf(county, 'dibao').status).toBe('likely')
    expect(programOf(county, 'dibao').remaining).not.toContain(
      '本次按全省平均低保标准测算，需以户籍所在县（市、区）公布的低保标准为准',
    )
    // Before the county entry applies, and for another county, the provincial average is used.
    expect(evaluateOk({ ...input, asOf: '2025-12-31' }, params).standard.scope).toBe('province')
    expect(evaluateOk({ ...input, region: { code: '141102', area: 'rural' } }, params).standard).toMatchObject({
      monthlyFen: RURAL_STANDARD_FEN,
      scope: 'province',
    })
  })
})

describe('单人保 dibao_single', () => {
  // 3 people, 2000.00 元: per capita 666.67, above 555.00 but below the edge line 832.50.
  const edgeFamily = (m3: Parameters<typeof member>[1], m2Income = 200000) =>
    household([
      applicant(),
      earner('m2', m2Income),
      member('m3', { relation: 'child', birthDate: '1995-01-01', ...m3 }),
    ])

  it('gives a severely disabled member of an edge household their own test and estimate', () => {
    const result = evaluateOk(edgeFamily({ disability: { category: 'limb', grade: 2 } }))
    const entries = programsOf(result, 'dibao_single')
    expect(entries.map((e) => e.member)).toEqual(['m3'])
    expect(entries[0].status).toBe('likely')
    expect(entries[0].estimatedMonthlyFen).toBe(RURAL_STANDARD_FEN)
    expect(factorOf(entries[0], 'household_edge').explanation).toBe(
      '家庭月收入合计 2000.00 元 ÷ 3 人 = 人均 666.66 元，不低于当地低保标准 555.00 元，但低于低保边缘标准 832.50 元（当地低保标准 555.00 元 × 1.5 倍，倍数为参考值）',
    )
    expect(factorOf(entries[0], 'severe_condition').explanation).toContain('肢体二级')
  })

  it('covers grade 3 intellectual or mental disability and serious illness, not grade 3 limb', () => {
    expect(
      programsOf(evaluateOk(edgeFamily({ disability: { category: 'mental', grade: 3 } })), 'dibao_single'),
    ).toHaveLength(1)
    expect(programsOf(evaluateOk(edgeFamily({ seriousIllness: true })), 'dibao_single')).toHaveLength(1)
    expect(
      programsOf(evaluateOk(edgeFamily({ disability: { category: 'limb', grade: 3 } })), 'dibao_single'),
    ).toHaveLength(0)
  })

  it('tests the member’s own income against the standard', () => {
    const entry = programOf(
      evaluateOk(edgeFamily({ seriousIllness: true, incomeMonthlyFen: { transfer: 60000 } }, 140000)),
      'dibao_single',
      'm3',
    )
    expect(entry.status).toBe('unlikely')
    expect(factorOf(entry, 'income').explanation).toBe('本人月收入 600.00 元，高于当地低保标准 555.00 元')
    expect(entry.estimatedMonthlyFen).toBeNull()
  })

  it('does not apply when the household is below the 低保 line or at/above the edge line', () => {
    const below = edgeFamily({ disability: { category: 'limb', grade: 1 } }, 160000)
    expect(programsOf(evaluateOk(below), 'dibao_single')).toHaveLength(0)
    const atEdge = edgeFamily({ disability: { category: 'limb', grade: 1 } }, 249750) // 3 × 832.50
    expect(programsOf(evaluateOk(atEdge), 'dibao_single')).toHaveLength(0)
    const justBelowEdge = edgeFamily({ disability: { category: 'limb', grade: 1 } }, 249749)
    expect(programsOf(evaluateOk(justBelowEdge), 'dibao_single')).toHaveLength(1)
  })
})

describe('特困 tekun', () => {
  const alone = (
    overrides: Parameters<typeof member>[1],
    supporters: 'none' | 'incapable' | 'capable' | null = 'none',
  ) => evaluateOk(household([applicant(overrides)], { supporters }))

  it('is likely for an elderly person alone with no income and no supporters; estimate 1.3 × standard', () => {
    const tekun = programOf(alone({ birthDate: '1950-01-01' }), 'tekun', 'm1')
    expect(tekun.status).toBe('likely')
    expect(tekun.estimatedMonthlyFen).toBe(72150)
    expect(tekun.estimateExplanation).toBe(
      '基本生活标准 = 当地低保标准 555.00 元 × 1.3 倍 = 每月 721.50 元（不含照料护理费，倍数为参考值）',
    )
    expect(factorOf(tekun, 'work_capacity').explanation).toBe('本人 76 周岁，年满 60 周岁，视为无劳动能力')
  })

  it('rounds the basic living standard half up to the fen', () => {
    const params = paramsWith((table) => {
      table.dibaoStandardMonthlyFen.province.rural[1].value = 47155 // × 1.3 = 61301.5 fen
    })
    const tekun = programOf(
      evaluateOk(household([applicant({ birthDate: '1950-01-01' })], { supporters: 'none' }), params),
      'tekun',
    )
    expect(tekun.estimatedMonthlyFen).toBe(61302)
    expect(tekun.estimateExplanation).toContain('四舍五入到分')
  })

  it('depends on the supporters answer', () => {
    expect(programOf(alone({ birthDate: '1950-01-01' }, 'incapable'), 'tekun').status).toBe('likely')
    expect(programOf(alone({ birthDate: '1950-01-01' }, 'capable'), 'tekun').status).toBe('unlikely')
    const unanswered = programOf(alone({ birthDate: '1950-01-01' }, null), 'tekun')
    expect(unanswered.status).toBe('needs_info')
    expect(factorOf(unanswered, 'supporters')).toMatchObject({ result: 'unknown', missing: 'answer' })
  })

  it.each([
    ['aged 60', { birthDate: '1966-11-25' }, true],
    ['aged 59', { birthDate: '1966-11-26' }, false],
    ['aged 15', { birthDate: '2010-11-26' }, true],
    ['aged 16', { birthDate: '2010-11-25' }, false],
    ['intellectual grade 3', { disability: { category: 'intellectual', grade: 3 } }, true],
    ['mental grade 3', { disability: { category: 'mental', grade: 3 } }, true],
    ['mental grade 4', { disability: { category: 'mental', grade: 4 } }, false],
    ['limb grade 2', { disability: { category: 'limb', grade: 2 } }, true],
    ['limb grade 3', { disability: { category: 'limb', grade: 3 } }, false],
    ['visual grade 1', { disability: { category: 'visual', grade: 1 } }, true],
    ['visual grade 2', { disability: { category: 'visual', grade: 2 } }, false],
    ['hearing grade 1', { disability: { category: 'hearing', grade: 1 } }, false],
  ] as const)('work capacity: %s → evaluated: %s', (_label, overrides, evaluated) => {
    expect(programsOf(alone(overrides), 'tekun')).toHaveLength(evaluated ? 1 : 0)
  })

  it('is evaluated for counted members only', () => {
    const result = evaluateOk(
      household([applicant(), member('g', { relation: 'grandparent', birthDate: '1940-01-01', livesTogether: false })]),
    )
    expect(programsOf(result, 'tekun')).toHaveLength(0)
  })
})

describe('低保边缘 dibao_edge', () => {
  const two = (incomeFen: number) =>
    evaluateOk(household([earner('m1', incomeFen, { relation: 'self' }), applicant({ relation: 'spouse' })]))

  it('is likely between the 低保 line and the edge line (2 × 832.50 = 1665.00 元)', () => {
    expect(programOf(two(166499), 'dibao_edge').status).toBe('likely')
    expect(programOf(two(111000), 'dibao_edge').status).toBe('likely') // exactly at the 低保 line
    const atEdge = programOf(two(166500), 'dibao_edge')
    expect(atEdge.status).toBe('unlikely')
    expect(factorOf(atEdge, 'income').explanation).toBe(
      '家庭月收入合计 1665.00 元 ÷ 2 人 = 人均 832.50 元，等于低保边缘标准 832.50 元（当地低保标准 555.00 元 × 1.5 倍，倍数为参考值）',
    )
  })

  it('points to 低保 when the household is below the 低保 line', () => {
    const below = programOf(two(110999), 'dibao_edge')
    expect(below.status).toBe('unlikely')
    expect(factorOf(below, 'not_dibao').explanation).toContain('可按低保申请')
    expect(below.estimatedMonthlyFen).toBeNull()
  })
})

describe('刚性支出困难 rigid_expense', () => {
  // 2 people, 1700.00 元/月 (above the edge line 1665.00), 20400.00 元/年 < 2 × 17677.00.
  const family = (rigidSpendingAnnualFen: number | null, asOf = '2026-11-25') =>
    evaluateOk(
      household([earner('m1', 170000, { relation: 'self' }), applicant({ relation: 'spouse' })], {
        rigidSpendingAnnualFen,
        asOf,
      }),
    )

  it('is likely when rigid spending exceeds 80% of annual income, and not at exactly 80%', () => {
    const over = programOf(family(1632001), 'rigid_expense')
    expect(over.status).toBe('likely')
    expect(factorOf(over, 'income').explanation).toBe(
      '家庭月收入合计 1700.00 元 × 12 个月 ÷ 2 人 = 人均年收入 10200.00 元，低于 2023 年山西省农村居民人均可支配收入 17677.00 元',
    )
    expect(factorOf(over, 'spending').explanation).toBe(
      '近 12 个月刚性支出 16320.01 元，高于家庭年收入 20400.00 元的 80%（即 16320.00 元，比例为参考值）',
    )
    expect(programOf(family(1632000), 'rigid_expense').status).toBe('unlikely')
  })

  it('needs info when spending is not answered', () => {
    const rigid = programOf(family(null), 'rigid_expense')
    expect(rigid.status).toBe('needs_info')
    expect(factorOf(rigid, 'spending')).toMatchObject({ result: 'unknown', missing: 'answer' })
  })

  it('marks factors unknown when the table has no figure for the date', () => {
    // rigidRatio applies from 2024-10-24; disposable income from 2024-02-22.
    const beforeRatio = programOf(family(2000000, '2024-06-01'), 'rigid_expense')
    expect(factorOf(beforeRatio, 'spending')).toEqual({
      id: 'spending',
      result: 'unknown',
      explanation: '参数表中没有 2024-06-01 适用的刚性支出比例，这一项暂无法测算',
      missing: 'parameter',
    })
    expect(beforeRatio.status).toBe('needs_info')
    const beforeIncome = programOf(family(2000000, '2023-06-01'), 'rigid_expense')
    expect(factorOf(beforeIncome, 'income')).toMatchObject({ result: 'unknown', missing: 'parameter' })
    expect(factorOf(beforeIncome, 'income').explanation).toContain('上年度居民人均可支配收入')
  })

  it('is unlikely below the edge line', () => {
    const result = evaluateOk(
      household([earner('m1', 80000, { relation: 'self' })], { rigidSpendingAnnualFen: 9_000_000 }),
    )
    expect(factorOf(programOf(result, 'rigid_expense'), 'not_dibao_or_edge').result).toBe('unmet')
  })
})

describe('临时救助 temporary', () => {
  const withEmergency = (date: string) =>
    programOf(
      evaluateOk(household([earner('m1', 300000, { relation: 'self' })], { emergency: { type: 'fire', date } })),
      'temporary',
    )

  it('is likely for an emergency within the last 90 days (both ends included)', () => {
    expect(withEmergency('2026-11-25').status).toBe('likely')
    const ninety = withEmergency('2026-08-27')
    expect(ninety.status).toBe('likely')
    expect(factorOf(ninety, 'emergency').explanation).toBe(
      '2026-08-27 发生火灾，距评估日期 90 天，在 90 天以内，属急难型，情况紧急的可先行救助',
    )
    expect(withEmergency('2026-08-26').status).toBe('unlikely')
  })

  it('is likely for spending above annual income with income below the disposable-income line', () => {
    const spend = (rigidSpendingAnnualFen: number) =>
      programOf(
        evaluateOk(household([earner('m1', 100000, { relation: 'self' })], { rigidSpendingAnnualFen })),
        'temporary',
      )
    expect(spend(1200001).status).toBe('likely')
    expect(spend(1200000).status).toBe('unlikely')
    // Per-capita annual income 18000.00 元 is above the rural line 17677.00 元.
    const richer = programOf(
      evaluateOk(household([earner('m1', 150000, { relation: 'self' })], { rigidSpendingAnnualFen: 5_000_000 })),
      'temporary',
    )
    expect(richer.status).toBe('unlikely')
  })

  it('shows the reference cap of 10 months of the standard', () => {
    const temporary = programOf(evaluateOk(household([applicant()])), 'temporary')
    expect(temporary.status).toBe('unlikely')
    expect(temporary.referenceCapFen).toBe(10 * RURAL_STANDARD_FEN)
    expect(temporary.estimateExplanation).toContain('一般不超过 5550.00 元')
    expect(temporary.estimatedMonthlyFen).toBeNull()
  })
})

describe('残疾人两项补贴 disability_allowance', () => {
  it('is likely for grade 1–2 (护理补贴) even outside 低保', () => {
    const result = evaluateOk(
      household([earner('m1', 300000, { relation: 'self', disability: { category: 'limb', grade: 2 } })]),
    )
    const allowance = programOf(result, 'disability_allowance', 'm1')
    expect(allowance.status).toBe('likely')
    expect(factorOf(allowance, 'care_subsidy').result).toBe('met')
    expect(factorOf(allowance, 'living_subsidy').result).toBe('unmet')
    expect(allowance.estimatedMonthlyFen).toBeNull()
  })

  it('is likely for grade 3–4 in a household likely for 低保 (生活补贴), else unlikely', () => {
    const disabled = { relation: 'self', disability: { category: 'hearing', grade: 4 } } as const
    expect(programOf(evaluateOk(household([earner('m1', 10000, disabled)])), 'disability_allowance').status).toBe(
      'likely',
    )
    expect(programOf(evaluateOk(household([earner('m1', 300000, disabled)])), 'disability_allowance').status).toBe(
      'unlikely',
    )
  })

  it('only covers counted disabled members', () => {
    const result = evaluateOk(
      household([
        applicant(),
        member('p', { relation: 'parent', livesTogether: false, disability: { category: 'limb', grade: 1 } }),
      ]),
    )
    expect(programsOf(result, 'disability_allowance')).toHaveLength(0)
  })
})

describe('output shape (spec §4)', () => {
  it('always lists the four household programmes, in spec order, and never says 不符合', () => {
    const result = evaluateOk(
      household([
        applicant({ birthDate: '1950-01-01', disability: { category: 'limb', grade: 1 } }),
        earner('m2', 500000, { seriousIllness: true }),
      ]),
    )
    const order = result.programs.map((p) => p.program)
    expect(order).toEqual(['dibao', 'tekun', 'dibao_edge', 'rigid_expense', 'temporary', 'disability_allowance'])
    expect(JSON.stringify(result)).not.toContain('不符合')
    expect(result.notice).toBe('初步测算，仅供参考，以家庭经济状况核对和审核确认结果为准')
    expect(result.paramsVersion).toBe('shanxi-2025-11')
  })
})
