import { render, screen, within } from '@testing-library/react'
import { Timeline } from '@/components/Timeline'

describe('Timeline', () => {
  it('is a list whose items say done / current / upcoming in words, with aria-current on the current step', () => {
    render(
      <Timeline
        label='办理步骤'
        items={[
          { id: 'a', title: '提交申请', state: 'done', details: ['完成日期：2026-11-20'] },
          { id: 'b', title: '受理', state: 'current', alert: '已超过办理时限' },
          { id: 'c', title: '审核确认', state: 'upcoming' },
        ]}
      />,
    )
    const list = screen.getByRole('list', { name: '办理步骤' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(3)
    expect(items[0]).toHaveTextContent('提交申请（已完成）')
    expect(items[0]).toHaveTextContent('完成日期：2026-11-20')
    expect(items[1]).toHaveTextContent('受理（进行中）')
    expect(items[1]).toHaveAttribute('aria-current', 'step')
    expect(items[1]).toHaveTextContent('已超过办理时限')
    expect(items[2]).toHaveTextContent('审核确认（未开始）')
    expect(items[0]).not.toHaveAttribute('aria-current')
  })
})
