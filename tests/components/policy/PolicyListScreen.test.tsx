import { render, screen, within, fireEvent } from '@testing-library/react'
import { PolicyListScreen } from '@/features/policy/PolicyListScreen'
import { useSettingsStore } from '@/stores/settingsStore'
import { useRecentPoliciesStore } from '@/stores/recentPoliciesStore'
import { usePolicySearchHandoffStore } from '@/stores/policySearchHandoffStore'
import {
  HOSTILE,
  fixtureIndex,
  fixtureLibrary,
  fixtureService,
  hostileArticle,
  programmeArticle,
} from '../../support/policyFixtures'

jest.mock('@/lib/navigation', () => ({ openRoute: jest.fn(), goBack: jest.fn() }))
const { openRoute } = jest.requireMock('@/lib/navigation') as { openRoute: jest.Mock }

describe('PolicyListScreen', () => {
  beforeEach(() => {
    useSettingsStore.setState({ elderMode: false, fontScale: 1 })
    useRecentPoliciesStore.setState({ slugs: [] })
    usePolicySearchHandoffStore.setState({ query: '' })
    openRoute.mockClear()
  })

  it('lists articles by category, links to 低保标准 and the procedure, and shows the hotlines', async () => {
    render(<PolicyListScreen service={fixtureService()} />)
    expect(screen.getByRole('heading', { level: 1, name: '政策解读' })).toBeInTheDocument()
    const basic = await screen.findByRole('list', { name: '基本生活救助' })
    expect(within(basic).getByRole('link', { name: /最低生活保障（低保）/ })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: '办事指南' })).toBeInTheDocument()

    const first = screen.getByRole('list', { name: '先看这些' })
    fireEvent.click(within(first).getByRole('link', { name: /^低保标准/ }))
    expect(openRoute).toHaveBeenLastCalledWith('/packages/policy/article/index?id=dibao-standard')
    fireEvent.click(within(first).getByRole('link', { name: /^申请流程/ }))
    expect(openRoute).toHaveBeenLastCalledWith('/packages/policy/article/index?id=procedure')

    const hotlines = screen.getByRole('list', { name: '求助电话' })
    expect(within(hotlines).getByRole('button', { name: '拨打 12345' })).toBeInTheDocument()
    expect(within(hotlines).getByText('紧急情况：110、119、120')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: '最近看过' })).not.toBeInTheDocument()
  })

  it('shows 最近看过 from the store, newest first, skipping ids that no longer exist', async () => {
    useRecentPoliciesStore.setState({ slugs: ['procedure', 'gone', 'dibao'] })
    render(<PolicyListScreen service={fixtureService()} />)
    const recent = await screen.findByRole('list', { name: '最近看过' })
    expect(
      within(recent)
        .getAllByRole('link')
        .map((l) => l.getAttribute('aria-label')),
    ).toEqual(['低保等救助的申请流程', '最低生活保障（低保）'])
  })

  it('searches titles and highlights the match as a plain text span', async () => {
    const { container } = render(<PolicyListScreen service={fixtureService()} initialQuery='申请流程' />)
    expect(await screen.findByText('找到 1 篇和“申请流程”有关的说明')).toHaveAttribute('role', 'status')
    const results = screen.getByRole('list', { name: '搜索结果' })
    const link = within(results).getByRole('link', { name: /^低保等救助的申请流程/ })
    const hits = Array.from(container.querySelectorAll('.policy-hit')).map((el) => el.textContent)
    expect(hits).toEqual(['申请流程'])
    fireEvent.click(link)
    expect(openRoute).toHaveBeenCalledWith('/packages/policy/article/index?id=procedure')
    // Category lists are replaced by the results while searching.
    expect(screen.queryByRole('list', { name: '基本生活救助' })).not.toBeInTheDocument()
  })

  it('does not search body text itself, and offers 全文搜索 with the typed text', async () => {
    render(<PolicyListScreen service={fixtureService()} initialQuery=' 残疾人证 ' />)
    expect(await screen.findByText('标题、简介和关键词里没有找到“残疾人证”')).toHaveAttribute('role', 'status')
    fireEvent.click(screen.getByRole('link', { name: /^在全文中搜索“残疾人证”/ }))
    expect(openRoute).toHaveBeenCalledWith('/packages/policy/search/index')
    // Handed over in memory, not in the URL.
    expect(usePolicySearchHandoffStore.getState().query).toBe('残疾人证')
  })

  it('offers 全文搜索 below the results too', async () => {
    render(<PolicyListScreen service={fixtureService()} initialQuery='低保' />)
    await screen.findByRole('list', { name: '搜索结果' })
    fireEvent.click(screen.getByRole('link', { name: /^在全文中搜索“低保”/ }))
    expect(usePolicySearchHandoffStore.getState().query).toBe('低保')
  })

  it('searches keywords and pinyin initials', async () => {
    const { unmount } = render(<PolicyListScreen service={fixtureService()} initialQuery='渐退' />)
    expect(await screen.findByRole('link', { name: '最低生活保障（低保），关键词：低保渐退' })).toBeInTheDocument()
    unmount()
    render(<PolicyListScreen service={fixtureService()} initialQuery='db' />)
    expect(await screen.findByRole('link', { name: '最低生活保障（低保），关键词：低保' })).toBeInTheDocument()
  })

  it('updates the results as the user types and clears the search', async () => {
    render(<PolicyListScreen service={fixtureService()} />)
    await screen.findByRole('list', { name: '基本生活救助' })
    const box = screen.getByLabelText(/^搜索政策：/)
    fireEvent.input(box, { target: { value: '入户' } })
    expect(await screen.findByRole('list', { name: '搜索结果' })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '清除搜索' }))
    expect(await screen.findByRole('list', { name: '基本生活救助' })).toBeInTheDocument()
  })

  it('helps when nothing is found', async () => {
    render(<PolicyListScreen service={fixtureService()} initialQuery='宇宙飞船' />)
    expect(await screen.findByText('标题、简介和关键词里没有找到“宇宙飞船”')).toHaveAttribute('role', 'status')
    expect(screen.getByText(/打拼音首字母也行/)).toBeInTheDocument()
    expect(screen.getByText(/拨打 12345 问问/)).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '看全部政策' }))
    expect(await screen.findByRole('list', { name: '基本生活救助' })).toBeInTheDocument()
  })

  it('shows hostile summaries and search text as literal text', async () => {
    const library = fixtureLibrary([programmeArticle, hostileArticle])
    const { container } = render(<PolicyListScreen service={fixtureService(library)} initialQuery='<img' />)
    const results = await screen.findByRole('list', { name: '搜索结果' })
    expect(
      within(results).getByRole('link', { name: `标题${HOSTILE.script}，关键词：${HOSTILE.img}` }),
    ).toBeInTheDocument()
    expect(container.querySelector('script, img')).toBeNull()
  })

  it('offers a retry when the list cannot be loaded', async () => {
    let calls = 0
    const service = fixtureService(fixtureLibrary(), {
      index: () => (++calls === 1 ? { broken: true } : fixtureIndex()),
    })
    render(<PolicyListScreen service={service} />)
    expect(await screen.findByText('政策内容暂时无法读取，请稍后再试。')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '再试一次' }))
    expect(await screen.findByRole('list', { name: '基本生活救助' })).toBeInTheDocument()
  })
})
