import { render, screen } from '@testing-library/react'
import { LoadingSkeleton } from '@/components/LoadingSkeleton'

describe('LoadingSkeleton', () => {
  it('says 正在读取… politely to screen readers and marks its container busy', () => {
    const { container } = render(<LoadingSkeleton />)
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('正在读取…')
    expect(status).toHaveAttribute('aria-live', 'polite')
    expect(status).toHaveClass('visually-hidden')
    const busy = container.querySelector('[aria-busy="true"]')
    expect(busy).not.toBeNull()
    expect(busy).toContainElement(status)
  })

  it('draws the requested number of grey blocks, hidden from screen readers', () => {
    const { container } = render(<LoadingSkeleton blocks={2} text='正在打开…' />)
    expect(screen.getByRole('status')).toHaveTextContent('正在打开…')
    const blocks = container.querySelector('.ui-skeleton__blocks')
    expect(blocks).toHaveAttribute('aria-hidden', 'true')
    expect(blocks?.querySelectorAll('.ui-skeleton__card')).toHaveLength(2)
  })
})
