import { render, screen, within, fireEvent, waitFor } from '@testing-library/react'
import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'
import { setServicesForTesting } from '@/services/serviceRegistry'
import { createMockBackend } from '@mock/mockBackend'
import { ProgressDetailScreen } from '@/features/progress/ProgressDetailScreen'
import { ProgressScreen } from '@/features/progress/ProgressScreen'

const NOW = Date.parse('2026-11-25T02:00:00Z')

function setup() {
  const store = createKeyValueStore(createMemoryBackend())
  const { services } = createMockBackend({ store, deviceToken: 'c'.repeat(32), now: () => NOW })
  setServicesForTesting(services)
  return services
}

async function seeded(name: string) {
  const services = setup()
  const list = await services.demo.listCases()
  if (!list.ok) throw new Error('list')
  const c = list.value.find((x) => x.applicantNameMasked === name)
  if (!c) throw new Error(name)
  return { services, reference: c.reference }
}

afterEach(() => setServicesForTesting(null))

describe('progress screens', () => {
  it('lists my applications newest first with masked names and the next step', async () => {
    setup()
    render(<ProgressScreen />)
    const list = await screen.findByRole('list', { name: '我的申请' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(3)
    expect(within(items[0]).getByRole('link', { name: /张\*\*/ })).toBeInTheDocument()
    expect(items[0]).toHaveTextContent('下一步：')
    expect(screen.queryByText(/张某某/)).not.toBeInTheDocument()
  })

  it('shows grey placeholders with a polite 正在读取… while the list loads', async () => {
    setup()
    const { container } = render(<ProgressScreen />)
    expect(screen.getByRole('status')).toHaveTextContent('正在读取…')
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull()
    await screen.findByRole('list', { name: '我的申请' })
    expect(container.querySelector('[aria-busy="true"]')).toBeNull()
  })

  it('says there are no applications yet and offers to start one', async () => {
    const services = setup()
    setServicesForTesting({
      ...services,
      progress: { ...services.progress, listMine: () => Promise.resolve({ ok: true as const, value: [] }) },
    })
    render(<ProgressScreen />)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('还没有申请记录'))
    expect(screen.getByRole('button', { name: '开始申请' })).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: '我的申请' })).not.toBeInTheDocument()
  })

  it('shows the timeline with the current step, the time limits and the withdraw confirmation', async () => {
    const { reference } = await seeded('王**')
    render(<ProgressDetailScreen reference={reference} />)
    const timeline = await screen.findByRole('list', { name: '办理步骤' })
    const current = within(timeline)
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('aria-current') === 'step')
    expect(current).toHaveTextContent('审核确认（进行中）')
    expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent('提交申请（已完成）')
    expect(screen.getByText(/办结时限（自受理之日起）：30 个工作日；已用/)).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '撤回申请' }))
    const dialog = screen.getByRole('dialog')
    expect(dialog).toHaveTextContent('确定要撤回申请吗？')
    fireEvent.click(within(dialog).getByRole('button', { name: '先不撤回' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '撤回申请' }))
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '确定撤回' }))
    expect(await screen.findByText('申请已撤回。')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('button', { name: '撤回申请' })).not.toBeInTheDocument())
  })

  it('lists the 补正 items and marks one as handed in at the window on H5', async () => {
    const { reference } = await seeded('李**')
    render(<ProgressDetailScreen reference={reference} />)
    const todos = await screen.findByRole('list', { name: '需要补交的材料' })
    expect(within(todos).getAllByRole('listitem')).toHaveLength(2)
    fireEvent.click(within(todos).getByRole('button', { name: '上传补充材料：户口簿' }))
    expect(await screen.findByText(/网页版不能上传文件，已记为“户口簿”到窗口补交/)).toBeInTheDocument()
    await waitFor(() => expect(screen.getByText('户口簿：已补交')).toBeInTheDocument())
  })

  it('shows the amount, the first payment month and the 救助明白卡 once approved', async () => {
    const { services, reference } = await seeded('王**')
    await services.demo.act(reference, { type: 'approve', amountFen: 52000 })
    render(<ProgressDetailScreen reference={reference} />)
    const card = await screen.findByRole('region', { name: '救助明白卡' })
    expect(screen.getByText('审核结果：已确认')).toBeInTheDocument()
    expect(card).toHaveTextContent('救助金额：每月 520.00 元')
    expect(card).toHaveTextContent('开始发放：2026 年 12 月')
    expect(card).toHaveTextContent('监督电话：12345')
    expect(card).toHaveTextContent(/经办人员：赵\*\*/)
  })

  it('shows reasons and remedies (复议 60 日 / 诉讼 6 个月, marked unverified) on refusal', async () => {
    const { services, reference } = await seeded('王**')
    await services.demo.act(reference, { type: 'refuse', reasons: ['家庭人均收入高于当地低保标准'] })
    render(<ProgressDetailScreen reference={reference} />)
    const reasons = await screen.findByRole('list', { name: '不予确认的理由' })
    expect(reasons).toHaveTextContent('家庭人均收入高于当地低保标准')
    const remedies = screen.getByRole('list', { name: '救济途径' })
    expect(remedies).toHaveTextContent('申请行政复议：自知道该决定之日起 60 日内（未经核实，仅供参考）')
    expect(remedies).toHaveTextContent('提起行政诉讼：自知道该决定之日起 6 个月内')
  })

  it('says so when the reference is unknown', async () => {
    setup()
    render(<ProgressDetailScreen reference='SX209901010001' />)
    expect(await screen.findByText(/没有找到这份申请/)).toBeInTheDocument()
  })
})
