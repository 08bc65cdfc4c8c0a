import { render, screen, within, fireEvent } from '@testing-library/react'
import type { ProgramResult } from '@/domain/eligibility/eligibilityResult'
import { ResultCard } from '@/features/precheck/ResultCard'
import { IncomeBar } from '@/features/precheck/IncomeBar'

jest.mock('@/lib/navigation', () => ({ openRoute: jest.fn(), goBack: jest.fn() }))
const { openRoute } = jest.requireMock('@/lib/navigation') as { openRoute: jest.Mock }

const INCOME_SENTENCE = '家庭月收入合计 1400.00 元 ÷ 3 人 = 人均 466.66 元，低于当地低保标准 555.00 元'

const dibaoLikely: ProgramResult = {
  program: 'dibao',
  status: 'likely',
  estimatedMonthlyFen: 26500,
  estimateExplanation: '555.00 元 × 3 人 − 1400.00 元 = 每月约 265.00 元（补差，实际金额以审核确认为准）',
  factors: [
    { id: 'income', result: 'met', explanation: INCOME_SENTENCE, missing: null },
    { id: 'assets', result: 'met', explanation: '你表示家庭财产符合当地规定', missing: null },
  ],
  remaining: ['家庭财产需经家庭经济状况核对', '入户调查'],
}

describe('ResultCard', () => {
  beforeEach(() => openRoute.mockClear())

  it("了解政策 opens the programme's policy article; 单人保 opens the 低保 article", () => {
    const { unmount } = render(<ResultCard program={dibaoLikely} />)
    const card = screen.getByRole('region', { name: '最低生活保障（低保），可能符合' })
    fireEvent.click(within(card).getByRole('link', { name: /^了解政策，.*最低生活保障（低保）/ }))
    expect(openRoute).toHaveBeenLastCalledWith('/packages/policy/article/index?id=dibao')
    unmount()

    render(
      <ResultCard program={{ ...dibaoLikely, program: 'dibao_single', member: 'm1' }} memberLabel='配偶（60 岁）' />,
    )
    fireEvent.keyDown(screen.getByRole('link', { name: /^了解政策/ }), { key: 'Enter' })
    expect(openRoute).toHaveBeenLastCalledWith('/packages/policy/article/index?id=dibao')
  })

  it.each([
    ['tekun', 'tekun'],
    ['dibao_edge', 'dibao-edge'],
    ['rigid_expense', 'rigid-expense'],
    ['temporary', 'temporary'],
    ['disability_allowance', 'disability-allowance'],
  ] as const)('了解政策 on %s opens ?id=%s', (program, slug) => {
    render(<ResultCard program={{ ...dibaoLikely, program }} />)
    fireEvent.click(screen.getByRole('link', { name: /^了解政策/ }))
    expect(openRoute).toHaveBeenCalledWith(`/packages/policy/article/index?id=${slug}`)
  })

  it('likely: status word, the arithmetic sentence, the monthly estimate and what is still to be checked', () => {
    render(<ResultCard program={dibaoLikely} />)
    const card = screen.getByRole('region', { name: '最低生活保障（低保），可能符合' })
    expect(within(card).getByRole('heading', { level: 3, name: '最低生活保障（低保）' })).toBeInTheDocument()
    expect(within(card).getByText('✓ 可能符合')).toBeInTheDocument()
    const factors = within(card).getByRole('list', { name: '我们看到的情况' })
    expect(within(factors).getAllByRole('listitem')).toHaveLength(2)
    expect(within(factors).getByText(INCOME_SENTENCE)).toBeInTheDocument()
    expect(within(card).getByText('估算每月约 265.00 元')).toBeInTheDocument()
    expect(within(card).getByText(/555\.00 元 × 3 人 − 1400\.00 元/)).toBeInTheDocument()
    const remaining = within(card).getByRole('list', { name: '还要由工作人员核对' })
    expect(within(remaining).getByText('· 入户调查')).toBeInTheDocument()
    expect(within(remaining).getByText('· 家庭财产需经家庭经济状况核对')).toBeInTheDocument()
  })

  it('needs_info: says which answer is missing', () => {
    const program: ProgramResult = {
      ...dibaoLikely,
      status: 'needs_info',
      estimatedMonthlyFen: null,
      estimateExplanation: null,
      factors: [
        dibaoLikely.factors[0],
        { id: 'assets', result: 'unknown', explanation: '还不知道家庭财产是否符合当地规定', missing: 'answer' },
      ],
    }
    render(<ResultCard program={program} />)
    const card = screen.getByRole('region', { name: '最低生活保障（低保），需要补充信息' })
    expect(within(card).getByText('？ 需要补充信息')).toBeInTheDocument()
    expect(within(card).getByText('【还不清楚】')).toBeInTheDocument()
    expect(within(card).queryByText(/估算每月/)).not.toBeInTheDocument()
  })

  it('unlikely: says "可能不符合" and what was found, never "不符合" alone', () => {
    const program: ProgramResult = {
      program: 'dibao_edge',
      status: 'unlikely',
      estimatedMonthlyFen: null,
      estimateExplanation: null,
      factors: [
        { id: 'income', result: 'unmet', explanation: '人均 900.00 元，高于低保边缘线 832.50 元', missing: null },
      ],
      remaining: [],
    }
    render(<ResultCard program={program} />)
    const card = screen.getByRole('region', { name: '低保边缘家庭，可能不符合' })
    expect(within(card).getByText('— 可能不符合')).toBeInTheDocument()
    expect(within(card).getByText('【未满足】')).toBeInTheDocument()
    expect(within(card).getByText('人均 900.00 元，高于低保边缘线 832.50 元')).toBeInTheDocument()
    expect(within(card).queryByText('不符合')).not.toBeInTheDocument()
    expect(within(card).queryByRole('list', { name: '还要由工作人员核对' })).not.toBeInTheDocument()
  })

  it('marks unverified figures as 参考值 and names the member for per-member programmes', () => {
    const program: ProgramResult = { ...dibaoLikely, program: 'tekun', member: 'm1', estimatedMonthlyFen: 72150 }
    render(
      <ResultCard
        program={program}
        memberLabel='本人（66 岁）'
        highlighted
        figures={[
          { text: '特困基本生活标准按低保标准的 1.3 倍估算', verified: false },
          { text: '已核实的数字', verified: true },
        ]}
      />,
    )
    const card = screen.getByRole('region', { name: '特困人员救助供养：本人（66 岁），可能符合' })
    expect(within(card).getByText('参考值')).toBeInTheDocument()
    expect(within(card).getByText(/特困基本生活标准按低保标准的 1\.3 倍估算/)).toBeInTheDocument()
    expect(within(card).queryByText(/已核实的数字/)).not.toBeInTheDocument()
    expect(within(card).getByText('估算每月约 721.50 元')).toBeInTheDocument()
    expect(within(card).getByText('你想了解的项目')).toBeInTheDocument()
  })
})

describe('IncomeBar', () => {
  it('is an image whose name states the numbers, and writes the numbers as text too', () => {
    render(
      <IncomeBar
        perCapitaFen={46666}
        dibaoLineFen={55500}
        dibaoLineVerified={false}
        edgeLine={{ perCapitaFen: 83250, verified: false }}
      />,
    )
    expect(
      screen.getByRole('img', {
        name: '人均月收入 466.66 元，低于低保标准；低保标准 555.00 元（参考值）；低保边缘线 832.50 元（参考值）',
      }),
    ).toBeInTheDocument()
    expect(screen.getByText(/人均月收入：466\.66 元/)).toBeInTheDocument()
    expect(screen.getByText(/低保标准（实线）：555\.00 元/)).toBeInTheDocument()
    expect(screen.getByText(/低保边缘线（虚线）：832\.50 元/)).toBeInTheDocument()
  })

  it('says where the income sits between the lines', () => {
    render(
      <IncomeBar
        perCapitaFen={60000}
        dibaoLineFen={55500}
        dibaoLineVerified
        edgeLine={{ perCapitaFen: 83250, verified: true }}
      />,
    )
    expect(
      screen.getByRole('img', {
        name: '人均月收入 600.00 元，不低于低保标准，低于低保边缘线；低保标准 555.00 元；低保边缘线 832.50 元',
      }),
    ).toBeInTheDocument()
  })
})
