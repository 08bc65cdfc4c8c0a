import { render, screen, fireEvent } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { EmptyState } from '@/components/EmptyState'

describe('EmptyState', () => {
  it('shows the title and the plain explanation', () => {
    render(
      <EmptyState title='还没有消息'>
        <Text>申请的办理状态每变化一次，这里就会收到一条消息。</Text>
      </EmptyState>,
    )
    expect(screen.getByText('还没有消息')).toBeInTheDocument()
    expect(screen.getByText('申请的办理状态每变化一次，这里就会收到一条消息。')).toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('is a status when it stands in for a list, so a list that empties is announced', () => {
    render(
      <EmptyState title='还没有申请记录' replacesList>
        <Text>提交后，可以在这里看到每一步的办理情况。</Text>
      </EmptyState>,
    )
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('还没有申请记录')
    expect(status).toHaveTextContent('提交后，可以在这里看到每一步的办理情况。')
  })

  it('offers its action as a real button', () => {
    const onPress = jest.fn()
    render(
      <EmptyState title='还没有申请记录' action={{ label: '去申请', onPress }}>
        <Text>说明</Text>
      </EmptyState>,
    )
    const button = screen.getByRole('button', { name: '去申请' })
    fireEvent.click(button)
    fireEvent.keyDown(button, { key: 'Enter' })
    expect(onPress).toHaveBeenCalledTimes(2)
  })
})
