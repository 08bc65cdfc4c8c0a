import { render, screen, within, fireEvent } from '@testing-library/react'
import { PolicyFullTextSearchScreen } from '@/features/policy/PolicyFullTextSearchScreen'
import { useSettingsStore } from '@/stores/settingsStore'
import { HOSTILE, fixtureLibrary, fixtureService, hostileArticle, programmeArticle } from '../../support/policyFixtures'

jest.mock('@/lib/navigation', () => ({ openRoute: jest.fn(), goBack: jest.fn() }))
const { openRoute } = jest.requireMock('@/lib/navigation') as { openRoute: jest.Mock }

describe('PolicyFullTextSearchScreen', () => {
  beforeEach(() => {
    useSettingsStore.setState({ elderMode: false, fontScale: 1 })
    openRoute.mockClear()
  })

  it('searches body text with the handed-over query and shows where it was found', async () => {
    const { container } = render(<PolicyFullTextSearchScreen service={fixtureService()} initialQuery='残疾人证' />)
    expect(screen.getByRole('heading', { level: 1, name: '全文搜索' })).toBeInTheDocument()
    expect(await screen.findByText('全文中找到 1 篇提到“残疾人证”的说明')).toHaveAttribute('role', 'status')
    const results = screen.getByRole('list', { name: '搜索结果' })
    const link = within(results).getByRole('link', { name: /^最低生活保障（低保），正文：.*残疾人证/ })
    expect(Array.from(container.querySelectorAll('.policy-hit')).map((el) => el.textContent)).toEqual(['残疾人证'])
    fireEvent.click(link)
    expect(openRoute).toHaveBeenCalledWith('/packages/policy/article/index?id=dibao')
  })

  it('searches again as the user types, and says so when nothing is found', async () => {
    render(<PolicyFullTextSearchScreen service={fixtureService()} />)
    expect(await screen.findByText('输入要找的词，比如“授权书”。')).toBeInTheDocument()
    const box = screen.getByLabelText(/^在全文中搜索：/)
    fireEvent.input(box, { target: { value: '授权书' } })
    expect(await screen.findByRole('link', { name: /^低保等救助的申请流程，正文：.*授权书/ })).toBeInTheDocument()
    fireEvent.input(box, { target: { value: '宇宙飞船' } })
    expect(await screen.findByText('全文中也没有找到“宇宙飞船”')).toHaveAttribute('role', 'status')
    expect(screen.getByText(/拨打 12345 问问/)).toBeInTheDocument()
  })

  it('shows hostile body text as literal text', async () => {
    const library = fixtureLibrary([programmeArticle, hostileArticle])
    const { container } = render(
      <PolicyFullTextSearchScreen service={fixtureService(library)} initialQuery='onerror' />,
    )
    const results = await screen.findByRole('list', { name: '搜索结果' })
    expect(
      within(results).getByRole('link', { name: new RegExp(`^标题${HOSTILE.script.replace(/[/.*]/g, '\\$&')}`) }),
    ).toBeInTheDocument()
    expect(container.querySelector('script, img')).toBeNull()
  })

  it('offers a retry when the full text cannot be loaded', async () => {
    let calls = 0
    const service = fixtureService(fixtureLibrary(), {
      library: () => {
        if (++calls === 1) throw new Error('not yet')
        return fixtureLibrary()
      },
    })
    render(<PolicyFullTextSearchScreen service={service} initialQuery='授权书' />)
    expect(await screen.findByText('政策内容暂时无法读取，请稍后再试。')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '再试一次' }))
    expect(await screen.findByText('全文中找到 1 篇提到“授权书”的说明')).toBeInTheDocument()
  })
})
