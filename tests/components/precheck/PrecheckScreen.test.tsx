import { render, screen, fireEvent, within, act, waitFor } from '@testing-library/react'
import { PrecheckScreen } from '@/features/precheck/PrecheckScreen'
import { PrecheckResultScreen } from '@/features/precheck/PrecheckResultScreen'
import { usePrecheckStore } from '@/features/precheck/precheckStore'
import { newMemberDraft } from '@/features/precheck/precheckDraft'
import { COUNTIES, LVLIANG_FAMILY, TODAY } from './precheckFixtures'

// Fields inside Taro's Picker: see tests/components/components/SelectField.test.tsx for why `hidden: true`.
const IN_PICKER = { hidden: true } as const

function renderScreen(onFinish = jest.fn()) {
  render(<PrecheckScreen today={TODAY} counties={COUNTIES} programme={null} onFinish={onFinish} />)
  return onFinish
}

function atIncomeStep() {
  act(() => {
    const store = usePrecheckStore.getState()
    store.reset()
    store.update({ cityCode: '1411', countyCode: '141124', area: 'rural' })
    store.updateEditing({ birthDate: '1960-05-01', hasDisability: false, seriousIllness: false })
    usePrecheckStore.getState().saveEditing()
    usePrecheckStore.getState().setStep(3)
  })
}

beforeEach(() => {
  act(() => usePrecheckStore.getState().reset())
})

describe('income field (step 3)', () => {
  it('accepts 1,234.5, full-width digits and 元, keeping the text as typed', async () => {
    atIncomeStep()
    const onFinish = renderScreen()
    const input = (await screen.findByRole('textbox', { name: '本人，66 岁：平均每月收入' })) as HTMLInputElement
    for (const text of ['1,234.5', '１２３４', '800元']) {
      fireEvent.input(input, { target: { value: text } })
      expect(input.value).toBe(text)
      expect(usePrecheckStore.getState().draft.members[0].incomeText).toBe(text)
    }
    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(usePrecheckStore.getState().step).toBe(4)
    expect(onFinish).not.toHaveBeenCalled()
  })

  it('refuses more than 2 decimals with a clear message and keeps what was typed', async () => {
    atIncomeStep()
    renderScreen()
    const input = (await screen.findByRole('textbox', { name: /平均每月收入/ })) as HTMLInputElement
    fireEvent.input(input, { target: { value: '12.345' } })
    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(usePrecheckStore.getState().step).toBe(3)
    const alerts = screen.getAllByRole('alert')
    expect(alerts[0]).toHaveTextContent('金额最多到分，也就是小数点后两位')
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'))
    expect(input.value).toBe('12.345')
  })

  it('asks for 0 when the field is left empty', async () => {
    atIncomeStep()
    renderScreen()
    await screen.findByRole('textbox', { name: /平均每月收入/ })
    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent('请填写金额，没有就填 0')
  })
})

describe('member editor (step 2)', () => {
  beforeEach(() => {
    act(() => {
      usePrecheckStore.getState().update({ cityCode: '1411', countyCode: '141124', area: 'rural' })
      usePrecheckStore.getState().setStep(2)
    })
  })

  it('starts with the applicant, lists errors, then saves and lists the member', async () => {
    renderScreen()
    const editor = await screen.findByRole('group', { name: '申请人本人' })
    fireEvent.click(within(editor).getByRole('button', { name: '保存本人信息' }))
    expect(screen.getByText(/请选择出生日期/)).toBeInTheDocument()
    expect(screen.getByText(/请选择有没有残疾证/)).toBeInTheDocument()
    expect(screen.getByText(/还有 3 项没填好/)).toBeInTheDocument()

    fireEvent.keyDown(within(editor).getByRole('button', { name: /^出生日期：/, ...IN_PICKER }), { key: 'ArrowDown' })
    fireEvent.click(
      within(editor).getByRole('radiogroup', { name: '有没有残疾人证' }).querySelectorAll('[role=radio]')[0],
    )
    // With a disability, category and grade are asked.
    expect(within(editor).getByRole('button', { name: '残疾类别：请选择', ...IN_PICKER })).toBeInTheDocument()
    fireEvent.keyDown(within(editor).getByRole('button', { name: '残疾类别：请选择', ...IN_PICKER }), {
      key: 'ArrowDown',
    })
    fireEvent.click(within(editor).getByRole('radio', { name: '二级' }))
    fireEvent.click(within(screen.getByRole('radiogroup', { name: /有没有重病/ })).getByRole('radio', { name: '没有' }))
    fireEvent.click(within(editor).getByRole('button', { name: '保存本人信息' }))

    const list = screen.getByRole('list', { name: '已添加的家庭成员' })
    expect(within(list).getByText('本人，56 岁，肢体残疾二级')).toBeInTheDocument()
    expect(usePrecheckStore.getState().draft.members[0]).toMatchObject({
      relation: 'self',
      birthDate: '1970-01-01',
      disabilityCategory: 'limb',
      disabilityGrade: 2,
    })
  })

  it('adds a member one at a time, changes and removes them; the applicant cannot be removed', async () => {
    act(() => {
      usePrecheckStore
        .getState()
        .updateEditing({ birthDate: '1960-01-01', hasDisability: false, seriousIllness: false })
      usePrecheckStore.getState().saveEditing()
    })
    renderScreen()
    fireEvent.click(await screen.findByRole('button', { name: '＋ 添加一位家庭成员' }))
    const editor = screen.getByRole('group', { name: '添加一位家庭成员' })
    fireEvent.keyDown(within(editor).getByRole('button', { name: /^和申请人的关系/, ...IN_PICKER }), {
      key: 'ArrowDown',
    })
    fireEvent.keyDown(within(editor).getByRole('button', { name: /^出生日期/, ...IN_PICKER }), { key: 'ArrowDown' })
    fireEvent.click(within(editor).getByRole('radio', { name: '否' }))
    fireEvent.click(
      within(within(editor).getByRole('radiogroup', { name: '有没有残疾人证' })).getByRole('radio', { name: '没有' }),
    )
    fireEvent.click(
      within(within(editor).getByRole('radiogroup', { name: /有没有重病/ })).getByRole('radio', { name: '有' }),
    )
    fireEvent.click(within(editor).getByRole('button', { name: '保存这位成员' }))

    const list = screen.getByRole('list', { name: '已添加的家庭成员' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(2)
    expect(within(list).getByText('配偶，56 岁，不住在一起，有重病')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^删除 本人/ })).not.toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '修改 配偶，56 岁，不住在一起，有重病' }))
    fireEvent.click(within(screen.getByRole('group', { name: '修改：配偶' })).getByRole('radio', { name: '是' }))
    fireEvent.click(screen.getByRole('button', { name: '保存这位成员' }))
    expect(screen.getByText('配偶，56 岁，有重病')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '删除 配偶，56 岁，有重病' }))
    expect(within(screen.getByRole('list', { name: '已添加的家庭成员' })).getAllByRole('listitem')).toHaveLength(1)
  })

  it('will not move on while a member is half filled in', async () => {
    renderScreen()
    await screen.findByRole('group', { name: '申请人本人' })
    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(screen.getByRole('alert')).toHaveTextContent('请先保存正在填写的成员')
    expect(usePrecheckStore.getState().step).toBe(2)
  })
})

describe('step 1 and going back', () => {
  it('shows 约 2 分钟 and 不保存你的信息 up front, and 上一步 keeps the answers', async () => {
    renderScreen()
    expect(await screen.findByText(/约 2 分钟，不保存你的信息/)).toBeInTheDocument()
    expect(screen.getByText('第 1 步，共 4 步：地区和户籍')).toBeInTheDocument()
    fireEvent.keyDown(screen.getByRole('button', { name: /^户籍所在的市/, ...IN_PICKER }), { key: 'ArrowUp' })
    expect(screen.getByRole('button', { name: '户籍所在的市：吕梁市', ...IN_PICKER })).toBeInTheDocument()
    fireEvent.keyDown(screen.getByRole('button', { name: /^户籍所在的县/, ...IN_PICKER }), { key: 'ArrowDown' })
    fireEvent.click(screen.getByRole('radio', { name: '农村' }))
    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(screen.getByText('第 2 步，共 4 步：家庭成员')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '上一步' }))
    expect(screen.getByRole('button', { name: '户籍所在的县（市、区）：离石区', ...IN_PICKER })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: '农村' })).toHaveAttribute('aria-checked', 'true')
  })
})

describe('storage', () => {
  it('writes nothing to device storage while answering and showing the result', async () => {
    window.localStorage.clear()
    window.sessionStorage.clear()
    atIncomeStep()
    const { unmount } = render(
      <PrecheckScreen today={TODAY} counties={COUNTIES} programme={null} onFinish={jest.fn()} />,
    )
    fireEvent.input(await screen.findByRole('textbox', { name: /平均每月收入/ }), { target: { value: '500' } })
    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    fireEvent.click(within(screen.getByRole('radiogroup', { name: /存款/ })).getByRole('radio', { name: '不确定' }))
    unmount()
    render(
      <PrecheckResultScreen
        answers={LVLIANG_FAMILY}
        today={TODAY}
        counties={COUNTIES}
        highlighted={null}
        onEdit={jest.fn()}
        onRestart={jest.fn()}
      />,
    )
    expect(screen.getByRole('heading', { level: 1, name: '预检结果' })).toBeInTheDocument()
    expect(window.localStorage.length).toBe(0)
    expect(window.sessionStorage.length).toBe(0)
  })
})

describe('result screen', () => {
  it('shows the disclaimer, the standard with its scope and 参考值, the bar and what to do next', () => {
    render(
      <PrecheckResultScreen
        answers={LVLIANG_FAMILY}
        today={TODAY}
        counties={COUNTIES}
        highlighted='dibao_edge'
        onEdit={jest.fn()}
        onRestart={jest.fn()}
      />,
    )
    expect(screen.getAllByText(/初步测算，仅供参考，以家庭经济状况核对和审核确认结果为准/).length).toBeGreaterThan(0)
    expect(screen.getByText(/户籍：吕梁市临县，农村户籍/)).toBeInTheDocument()
    expect(screen.getByText(/用的是山西省农村低保平均标准；临县自己的标准还没有收录/)).toBeInTheDocument()
    expect(
      screen.getByRole('img', { name: /人均月收入 466\.66 元，低于低保标准；低保标准 555\.00 元/ }),
    ).toBeInTheDocument()
    const dibao = screen.getByRole('region', { name: '最低生活保障（低保），可能符合' })
    expect(within(dibao).getByText('估算每月约 265.00 元')).toBeInTheDocument()
    // The programme asked about comes first.
    const regions = screen.getAllByRole('region')
    expect(regions[0]).toHaveAccessibleName(/^低保边缘家庭/)
    expect(screen.getByRole('region', { name: '下一步怎么做' })).toHaveTextContent('去乡镇（街道）申请')
    expect(screen.getByRole('button', { name: '拨打 12345' })).toBeInTheDocument()
    expect(screen.queryByText('不符合')).not.toBeInTheDocument()
  })

  it('offers to start when opened without answers', () => {
    const restart = jest.fn()
    render(
      <PrecheckResultScreen
        answers={null}
        today={TODAY}
        counties={COUNTIES}
        highlighted={null}
        onEdit={jest.fn()}
        onRestart={restart}
      />,
    )
    fireEvent.click(screen.getByRole('button', { name: '开始资格预检' }))
    expect(restart).toHaveBeenCalled()
  })
})

it('newMemberDraft defaults to living together and not a student', () => {
  expect(newMemberDraft('m9', null)).toMatchObject({ livesTogether: true, student: 'none', relation: null })
})
