import { render, screen, fireEvent } from '@testing-library/react'
import { useState } from 'react'
import { ChoiceGroup } from '@/components/ChoiceGroup'

const OPTIONS = [
  { value: 'yes', label: '有' },
  { value: 'no', label: '没有' },
  { value: 'unsure', label: '不确定' },
] as const

function Radios() {
  const [value, setValue] = useState<'yes' | 'no' | 'unsure' | null>(null)
  return <ChoiceGroup id='r' label='有没有重病' options={OPTIONS} value={value} onChange={setValue} />
}

function Checks() {
  const [value, setValue] = useState<string[]>([])
  return <ChoiceGroup id='c' multiple label='哪些情况' options={OPTIONS} value={value} onChange={setValue} />
}

describe('ChoiceGroup', () => {
  it('is a radiogroup named by its question; a click chooses one option', () => {
    render(<Radios />)
    const group = screen.getByRole('radiogroup', { name: '有没有重病' })
    expect(group).toBeInTheDocument()
    const radios = screen.getAllByRole('radio')
    expect(radios).toHaveLength(3)
    radios.forEach((r) => expect(r).toHaveAttribute('aria-checked', 'false'))
    fireEvent.click(screen.getByRole('radio', { name: '没有' }))
    expect(screen.getByRole('radio', { name: '没有' })).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByRole('radio', { name: '有' })).toHaveAttribute('aria-checked', 'false')
  })

  it('has one tab stop and moves the choice with the arrow keys', () => {
    render(<Radios />)
    const [first, second, third] = screen.getAllByRole('radio')
    expect(first).toHaveAttribute('tabindex', '0')
    expect(second).toHaveAttribute('tabindex', '-1')
    fireEvent.keyDown(first, { key: 'ArrowDown' })
    expect(second).toHaveAttribute('aria-checked', 'true')
    expect(second).toHaveAttribute('tabindex', '0')
    expect(first).toHaveAttribute('tabindex', '-1')
    expect(document.activeElement).toBe(second)
    fireEvent.keyDown(second, { key: 'ArrowUp' })
    fireEvent.keyDown(first, { key: 'ArrowUp' })
    expect(third).toHaveAttribute('aria-checked', 'true')
    fireEvent.keyDown(first, { key: ' ' })
    expect(first).toHaveAttribute('aria-checked', 'true')
  })

  it('as a checkbox group toggles each option with Space and keeps option order', () => {
    render(<Checks />)
    expect(screen.getByRole('group', { name: '哪些情况' })).toBeInTheDocument()
    const boxes = screen.getAllByRole('checkbox')
    boxes.forEach((b) => expect(b).toHaveAttribute('tabindex', '0'))
    fireEvent.keyDown(boxes[2], { key: ' ' })
    fireEvent.click(boxes[0])
    expect(boxes[0]).toHaveAttribute('aria-checked', 'true')
    expect(boxes[1]).toHaveAttribute('aria-checked', 'false')
    expect(boxes[2]).toHaveAttribute('aria-checked', 'true')
    fireEvent.keyDown(boxes[0], { key: 'Enter' })
    expect(boxes[0]).toHaveAttribute('aria-checked', 'false')
  })

  it('shows an error as text with role alert', () => {
    render(<ChoiceGroup id='e' label='财产' options={OPTIONS} value={null} onChange={() => {}} error='请选择一项' />)
    expect(screen.getByRole('alert')).toHaveTextContent('请选择一项')
  })
})
