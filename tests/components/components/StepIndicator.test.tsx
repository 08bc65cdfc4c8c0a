import { render, screen } from '@testing-library/react'
import { StepIndicator } from '@/components/StepIndicator'

describe('StepIndicator', () => {
  it('says which step of how many and marks the current one with aria-current="step"', () => {
    render(<StepIndicator current={2} steps={['地区', '家庭成员', '收入', '其他情况']} />)
    expect(screen.getByText('第 2 步，共 4 步：家庭成员')).toBeInTheDocument()
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(4)
    expect(items[1]).toHaveAttribute('aria-current', 'step')
    expect(items[1]).toHaveAccessibleName('第 2 步 家庭成员，当前')
    expect(items[0]).toHaveAccessibleName('第 1 步 地区，已完成')
    expect(items[0]).not.toHaveAttribute('aria-current')
    expect(items[3]).toHaveAccessibleName('第 4 步 其他情况，未开始')
  })
})
