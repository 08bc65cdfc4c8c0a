import { render, screen, fireEvent, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { TextAreaField } from '@/components/TextAreaField'

function Harness({ error, initial = '', maxLength = 10 }: { error?: string; initial?: string; maxLength?: number }) {
  const [text, setText] = useState(initial)
  return (
    <TextAreaField
      id='why'
      label='简单说说发生了什么'
      hint='例如：房子着火，烧了屋顶'
      value={text}
      onChange={setText}
      maxLength={maxLength}
      error={error}
    />
  )
}

describe('TextAreaField', () => {
  it('has a visible label that names the text area, and the hint and count describe it', async () => {
    render(<Harness />)
    expect(screen.getByText('简单说说发生了什么')).toBeInTheDocument()
    const box = await screen.findByRole('textbox', { name: '简单说说发生了什么' })
    expect(box.tagName).toBe('TEXTAREA')
    expect(box.getAttribute('aria-describedby')).toBe('why-hint why-count')
    expect(screen.getByText('例如：房子着火，烧了屋顶')).toHaveAttribute('id', 'why-hint')
    expect(screen.getByText('已写 0 字，最多 10 字')).toHaveAttribute('id', 'why-count')
    expect(box).not.toHaveAttribute('aria-invalid')
  })

  it('keeps exactly what was typed, line breaks included, and counts characters, not UTF-16 units', async () => {
    render(<Harness />)
    const box = (await screen.findByRole('textbox', { name: '简单说说发生了什么' })) as HTMLTextAreaElement
    fireEvent.input(box, { target: { value: '𠮷家\n着火 ' } })
    expect(box.value).toBe('𠮷家\n着火 ')
    // 𠮷 is two UTF-16 units but one character: 𠮷 家 \n 着 火 space = 6.
    expect(screen.getByText('已写 6 字，最多 10 字')).toBeInTheDocument()
  })

  it('says in words when the text is too long, without cutting it', async () => {
    render(<Harness maxLength={3} />)
    const box = (await screen.findByRole('textbox', { name: '简单说说发生了什么' })) as HTMLTextAreaElement
    fireEvent.input(box, { target: { value: '房子着火了' } })
    expect(box.value).toBe('房子着火了')
    expect(screen.getByText('已写 5 字，多了 2 字，请删掉一些')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('简单说说发生了什么多了 2 字')
    // Stencil re-renders the text area's native props asynchronously.
    await waitFor(() => expect(box).toHaveAttribute('aria-invalid', 'true'))
  })

  it('shows the error as text with role alert and marks the text area invalid', async () => {
    render(<Harness error='至少 4 个字' initial='着火' />)
    expect(await screen.findByRole('alert')).toHaveTextContent('至少 4 个字')
    const box = await screen.findByRole('textbox', { name: '简单说说发生了什么' })
    expect(box).toHaveAttribute('aria-invalid', 'true')
    expect(box.getAttribute('aria-describedby')).toContain('why-error')
    expect((box as HTMLTextAreaElement).value).toBe('着火')
  })
})
