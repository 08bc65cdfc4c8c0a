import { render, screen, within, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { PolicyArticleScreen } from '@/features/policy/PolicyArticleScreen'
import { useSettingsStore } from '@/stores/settingsStore'
import { useRecentPoliciesStore } from '@/stores/recentPoliciesStore'
import { HOSTILE, fixtureLibrary, fixtureService, hostileArticle } from '../../support/policyFixtures'

jest.mock('@/lib/navigation', () => ({ openRoute: jest.fn(), goBack: jest.fn() }))
const { openRoute } = jest.requireMock('@/lib/navigation') as { openRoute: jest.Mock }

async function openArticle(slug: string, service = fixtureService()) {
  render(<PolicyArticleScreen slug={slug} service={service} />)
  return screen.findByRole('heading', { level: 1 })
}

describe('PolicyArticleScreen', () => {
  beforeEach(() => {
    useSettingsStore.setState({ elderMode: false, fontScale: 1 })
    useRecentPoliciesStore.setState({ slugs: [] })
    openRoute.mockClear()
  })

  it('renders a programme article: 明白卡, every block and inline node, dates, sources and the disclaimer', async () => {
    await openArticle('dibao')
    expect(await screen.findByRole('heading', { level: 1, name: '最低生活保障（低保）' })).toBeInTheDocument()
    expect(screen.getByText('这是解读，不是官方通知')).toBeInTheDocument()
    expect(screen.getByText(/不是政府的正式通知或文件/)).toBeInTheDocument()

    // 明白卡 at the top with its four rows.
    const card = screen.getByRole('region', { name: '救助明白卡' })
    expect(within(card).getByRole('heading', { level: 2, name: '救助明白卡' })).toBeInTheDocument()
    for (const label of ['类别', '标准', '经办单位', '监督电话'])
      expect(within(card).getByText(label)).toBeInTheDocument()
    expect(within(card).getByText('669 元/人/月')).toBeInTheDocument()
    expect(within(card).getByText('基本生活救助 · 最低生活保障')).toBeInTheDocument()

    // Headings with their levels.
    expect(screen.getByRole('heading', { level: 2, name: '适合谁' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: '单人保' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 4, name: '时限' })).toBeInTheDocument()
    // Paragraph with strong and emphasis.
    expect(screen.getByText('城乡家庭')).toHaveClass('policy-strong')
    expect(screen.getByText('户')).toHaveClass('policy-emphasis')
    // Lists: unordered and ordered (with visible numbers).
    const lists = screen.getAllByRole('list').filter((l) => within(l).queryByText('重度残疾人'))
    expect(within(lists[0]).getAllByRole('listitem')).toHaveLength(2)
    expect(screen.getByText('2.')).toBeInTheDocument()
    // Note.
    expect(screen.getByRole('note', { name: '请注意' })).toHaveTextContent('这是本服务为方便大家阅读写的说明。')
    // 参考值 is written next to the number, not shown by colour alone.
    expect(screen.getByText('1.5 倍')).toHaveTextContent('1.5 倍参考值')
    expect(screen.getByText('7 天')).toBeInTheDocument()
    // Table in a focusable, labelled scroll region with table semantics.
    const region = screen.getByRole('region', { name: /表格：材料、谁要交/ })
    expect(region).toHaveAttribute('tabindex', '0')
    const table = within(region).getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['材料', '谁要交'])
    expect(within(table).getAllByRole('row')).toHaveLength(3)
    expect(within(table).getAllByRole('cell')[2]).toHaveTextContent('残疾人证')

    // Dates and sources with their confidence.
    expect(screen.getByText(/这些规定从 2021年6月11日 起适用/)).toBeInTheDocument()
    expect(screen.getByText('本文最后核对：2026年11月25日')).toBeInTheDocument()
    const sources = screen.getByRole('list', { name: '信息来源' })
    expect(within(sources).getAllByRole('listitem')).toHaveLength(2)
    expect(within(sources).getByText('可信程度：已核对原文')).toBeInTheDocument()
    expect(within(sources).getByText('可信程度：转述或地方资料，未核对原文')).toBeInTheDocument()
    expect(
      within(sources).getByText('网页（不是政府网站）：http://blog.example.com/article/1.shtml'),
    ).toBeInTheDocument()
    // Only the government source gets a copy button.
    expect(within(sources).getAllByRole('button', { name: /^复制链接/ })).toHaveLength(1)

    // The pre-check exists: it opens for this programme. No application route yet: no button that leads nowhere.
    fireEvent.click(screen.getByRole('button', { name: '这项政策适合我吗？' }))
    expect(openRoute).toHaveBeenCalledWith('/packages/precheck/index/index?programme=dibao')
    expect(screen.queryByRole('button', { name: '我要申请' })).not.toBeInTheDocument()
    // H5: no share button.
    expect(screen.queryByText('分享给亲友')).not.toBeInTheDocument()
    expect(useRecentPoliciesStore.getState().slugs).toEqual(['dibao'])
  })

  it('opens internal links with openRoute and copies external ones', async () => {
    await openArticle('dibao')
    await screen.findByRole('heading', { level: 1, name: '最低生活保障（低保）' })
    fireEvent.click(screen.getByRole('link', { name: '关于本服务' }))
    expect(openRoute).toHaveBeenCalledWith('/packages/me/about/index')

    expect(screen.getByText('中国政府网')).toBeInTheDocument()
    expect(screen.getAllByText('（网址：https://www.gov.cn/zhengce/2014-02/27/content_2625050.htm）')).toHaveLength(1)
    const copy = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'ok' } as never)
    fireEvent.click(screen.getByRole('button', { name: '复制链接：中国政府网' }))
    expect(copy).toHaveBeenCalledWith({ data: 'https://www.gov.cn/zhengce/2014-02/27/content_2625050.htm' })
    expect(await screen.findByText('链接已复制，可以粘贴到浏览器里打开。')).toBeInTheDocument()
    copy.mockRestore()
  })

  it('stacks table rows as cards in 长辈版', async () => {
    useSettingsStore.setState({ elderMode: true })
    await openArticle('dibao')
    await screen.findByRole('heading', { level: 1, name: '最低生活保障（低保）' })
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    const stacked = screen.getByRole('list', { name: '表格：材料、谁要交' })
    const cards = within(stacked).getAllByRole('listitem')
    expect(cards).toHaveLength(2)
    expect(cards[1]).toHaveTextContent('材料：残疾人证谁要交：有残疾的人')
  })

  it('renders the procedure explainer without a 明白卡', async () => {
    await openArticle('procedure')
    expect(await screen.findByRole('heading', { level: 1, name: '低保等救助的申请流程' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: '救助明白卡' })).not.toBeInTheDocument()
    // Not a programme: nothing to pre-check.
    expect(screen.queryByRole('button', { name: '这项政策适合我吗？' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: '第二步：入户调查' })).toBeInTheDocument()
    expect(screen.getByText('工作人员到家里看一看，问一问。')).toBeInTheDocument()
  })

  it('renders the 低保标准 page with the table and an accessible bar chart', async () => {
    await openArticle('dibao-standard')
    expect(await screen.findByRole('heading', { level: 1, name: '山西的低保标准是怎么定的' })).toBeInTheDocument()
    const table = screen.getByRole('table')
    expect(within(table).getAllByRole('row')).toHaveLength(3)
    const chart = screen.getByRole('img')
    const name = chart.getAttribute('aria-label') ?? ''
    expect(name).toContain('2021-07-28：城市（元/人/月） 615（参考值），农村（元/人/月） 471.5（参考值）')
    expect(name).toContain('2025-11-19：城市（元/人/月） 669，农村（元/人/月） 555')
    const bars = chart.querySelectorAll<HTMLElement>('.policy-chart__bar')
    expect(Array.from(bars).map((b) => b.style.width)).toEqual(['92%', '70%', '100%', '83%'])
    // Visible numbers next to the bars; 参考值 written out.
    expect(within(chart).getAllByText('参考值')).toHaveLength(2)
  })

  it('says so when the article does not exist, and offers the way back', async () => {
    render(<PolicyArticleScreen slug='missing' service={fixtureService()} />)
    expect(await screen.findByText('没有找到这篇政策解读。')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '回到政策列表' }))
    expect(openRoute).toHaveBeenCalledWith('/pages/policy/index')
  })

  it('renders hostile strings as literal text and creates no script, img or javascript: link', async () => {
    delete (window as { __xss?: unknown }).__xss
    const { container } = render(
      <PolicyArticleScreen slug='hostile' service={fixtureService(fixtureLibrary([hostileArticle]))} />,
    )
    expect(await screen.findByRole('heading', { level: 1, name: `标题${HOSTILE.script}` })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: HOSTILE.script })).toBeInTheDocument()
    expect(screen.getAllByText(HOSTILE.img).length).toBeGreaterThanOrEqual(3)
    expect(container.querySelector('script, img, iframe, object, embed, svg')).toBeNull()
    expect(container.querySelector('[onerror], [onload], [href], [src]')).toBeNull()
    // Only our own two element kinds exist: every hostile string stayed text (or an escaped attribute value).
    const tags = new Set(Array.from(container.querySelectorAll('*')).map((el) => el.tagName.toLowerCase()))
    expect([...tags].sort()).toEqual(['taro-text-core', 'taro-view-core'])
    // Refused links are shown as their text only: no link role, no copy button, no url.
    for (const text of ['内部链接', '外部链接', '数据链接', '点我领钱']) {
      expect(screen.getByText(text, { exact: false })).toBeInTheDocument()
      expect(screen.queryByRole('link', { name: text })).not.toBeInTheDocument()
      expect(screen.queryByRole('button', { name: `复制链接：${text}` })).not.toBeInTheDocument()
    }
    expect(container.textContent).not.toContain('javascript:')
    expect(container.textContent).not.toContain('evil.example.com')
    expect((window as { __xss?: unknown }).__xss).toBeUndefined()
  })
})
