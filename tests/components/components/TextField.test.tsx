import { render, screen, fireEvent } from '@testing-library/react'
import { useState } from 'react'
import { TextField } from '@/components/TextField'

function Harness({ error }: { error?: string }) {
  const [text, setText] = useState('')
  return (
    <TextField
      id='t'
      label='每月收入'
      hint='没有就填 0'
      value={text}
      onChange={setText}
      inputMode='decimal'
      suffix='元'
      error={error}
    />
  )
}

describe('TextField', () => {
  it('has a visible label that names the input, a hint linked to it and the inputmode', async () => {
    render(<Harness />)
    expect(screen.getByText('每月收入')).toBeInTheDocument()
    const input = await screen.findByRole('textbox', { name: '每月收入' })
    expect(input).toHaveAttribute('inputmode', 'decimal')
    expect(input).toHaveAttribute('aria-describedby', 't-hint')
    expect(screen.getByText('没有就填 0')).toHaveAttribute('id', 't-hint')
    expect(input).not.toHaveAttribute('aria-invalid')
  })

  it('keeps exactly what was typed', async () => {
    render(<Harness />)
    const input = (await screen.findByRole('textbox', { name: '每月收入' })) as HTMLInputElement
    fireEvent.input(input, { target: { value: '１,２34.567元' } })
    expect(input.value).toBe('１,２34.567元')
  })

  it('shows the error as text with role alert and marks the input invalid', async () => {
    render(<Harness error='金额最多到分' />)
    expect(await screen.findByRole('alert')).toHaveTextContent('金额最多到分')
    const input = await screen.findByRole('textbox', { name: '每月收入' })
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input.getAttribute('aria-describedby')).toContain('t-error')
  })
})
