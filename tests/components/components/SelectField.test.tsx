import { render, screen, fireEvent } from '@testing-library/react'
import { useState } from 'react'
import { SelectField, formatChineseDate } from '@/components/SelectField'

const CITIES = [
  { value: '1401', label: '太原市' },
  { value: '1410', label: '临汾市' },
  { value: '1411', label: '吕梁市' },
]

function City() {
  const [value, setValue] = useState<string | null>(null)
  return (
    <SelectField id='city' mode='selector' label='户籍所在的市' options={CITIES} value={value} onChange={setValue} />
  )
}

function Birth() {
  const [value, setValue] = useState<string | null>(null)
  return (
    <SelectField
      id='birth'
      mode='date'
      label='出生日期'
      start='1900-01-01'
      end='2026-11-25'
      initial='1970-01-01'
      value={value}
      onChange={setValue}
    />
  )
}

// Taro's H5 Picker keeps its popup state in a Stencil property named `hidden`, which shadows
// HTMLElement.hidden in jsdom (not the attribute, so browsers and axe are unaffected). Testing Library reads
// the property and would treat everything inside the Picker as hidden, hence `hidden: true` (IN_PICKER) below.
const IN_PICKER = { hidden: true } as const

describe('SelectField', () => {
  it('shows its label and 请选择 until something is chosen', async () => {
    render(<City />)
    expect(await screen.findByRole('button', { name: '户籍所在的市：请选择', ...IN_PICKER })).toBeInTheDocument()
    expect(screen.getByText('户籍所在的市')).toBeInTheDocument()
    expect(screen.getByText('请选择')).toBeInTheDocument()
  })

  it('steps through the options with the arrow keys and writes the chosen value as text', async () => {
    render(<City />)
    const field = await screen.findByRole('button', { name: /户籍所在的市/, ...IN_PICKER })
    fireEvent.keyDown(field, { key: 'ArrowDown' })
    expect(screen.getByRole('button', { name: '户籍所在的市：太原市', ...IN_PICKER })).toBeInTheDocument()
    fireEvent.keyDown(field, { key: 'ArrowDown' })
    fireEvent.keyDown(field, { key: 'ArrowDown' })
    fireEvent.keyDown(field, { key: 'ArrowDown' })
    expect(screen.getByRole('button', { name: '户籍所在的市：吕梁市', ...IN_PICKER })).toBeInTheDocument()
    fireEvent.keyDown(field, { key: 'ArrowUp' })
    expect(screen.getByRole('button', { name: '户籍所在的市：临汾市', ...IN_PICKER })).toBeInTheDocument()
  })

  it('date mode: first key picks the starting date, then moves by years within the range', async () => {
    render(<Birth />)
    const field = await screen.findByRole('button', { name: '出生日期：请选择', ...IN_PICKER })
    fireEvent.keyDown(field, { key: 'ArrowDown' })
    expect(screen.getByRole('button', { name: '出生日期：1970年1月1日', ...IN_PICKER })).toBeInTheDocument()
    fireEvent.keyDown(field, { key: 'PageDown' })
    fireEvent.keyDown(field, { key: 'ArrowDown' })
    expect(screen.getByRole('button', { name: '出生日期：1981年1月1日', ...IN_PICKER })).toBeInTheDocument()
    for (let i = 0; i < 6; i++) fireEvent.keyDown(field, { key: 'PageDown' })
    // Never past the end of the range.
    expect(screen.getByRole('button', { name: '出生日期：2026年11月25日', ...IN_PICKER })).toBeInTheDocument()
    fireEvent.keyDown(field, { key: 'PageUp' })
    expect(screen.getByRole('button', { name: '出生日期：2016年11月25日', ...IN_PICKER })).toBeInTheDocument()
  })

  it('formats dates in Chinese and shows errors as alerts', async () => {
    expect(formatChineseDate('1958-03-02')).toBe('1958年3月2日')
    render(
      <SelectField
        id='x'
        mode='selector'
        label='县'
        options={CITIES}
        value={null}
        onChange={() => {}}
        error='请选择县'
      />,
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('请选择县')
  })
})
