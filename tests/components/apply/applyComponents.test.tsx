import { useState } from 'react'
import { render, screen, fireEvent } from '@testing-library/react'
import { SubmitPanel } from '@/features/apply/screens/steps/SubmitPanel'
import { ReviewStep } from '@/features/apply/screens/steps/ReviewStep'
import { MemberEditor } from '@/features/apply/screens/steps/MemberEditor'
import { newMember, type DraftMember } from '@/domain/applicationDraft/draftAnswers'
import { validateMember } from '@/features/apply/model/applySteps'
import { TODAY, threePersonAnswers } from '../../support/applicationFixtures'

describe('SubmitPanel', () => {
  const base = { errorMessage: null, existingReference: null, onOpenProgress: jest.fn() }

  it('submits once per press when idle', () => {
    const onSubmit = jest.fn()
    render(<SubmitPanel {...base} inFlight={false} state='idle' onSubmit={onSubmit} />)
    fireEvent.click(screen.getByRole('button', { name: '确认无误，提交申请' }))
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('is locked while the request is in flight', () => {
    const onSubmit = jest.fn()
    render(<SubmitPanel {...base} inFlight state='idle' onSubmit={onSubmit} />)
    const button = screen.getByRole('button', { name: '正在提交，请稍候' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    fireEvent.click(button)
    fireEvent.keyDown(button, { key: 'Enter' })
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('offers 重试 after a timeout, with the reason', () => {
    const onSubmit = jest.fn()
    render(<SubmitPanel {...base} inFlight={false} state='pending' errorMessage='网络不太好' onSubmit={onSubmit} />)
    expect(screen.getByText('网络不太好')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '重试提交' }))
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('links to the existing application on duplicate_active', () => {
    const onOpenProgress = jest.fn()
    render(
      <SubmitPanel
        inFlight={false}
        state='failed'
        errorMessage='已有在办申请'
        existingReference='SX0001'
        onSubmit={jest.fn()}
        onOpenProgress={onOpenProgress}
      />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('已有在办申请')
    fireEvent.click(screen.getByRole('button', { name: '查看在办申请的进度（SX0001）' }))
    expect(onOpenProgress).toHaveBeenCalled()
  })
})

describe('ReviewStep', () => {
  it('masks ID, phone and names until 显示 is switched on, and offers 修改 for every step', () => {
    const answers = threePersonAnswers()
    const onEdit = jest.fn()
    render(
      <ReviewStep
        draftId='d'
        answers={answers}
        update={jest.fn()}
        errors={{}}
        warnings={{}}
        today={TODAY}
        onEdit={onEdit}
      />,
    )
    const id = answers.applicant.idNumber
    expect(screen.queryByText(id)).not.toBeInTheDocument()
    expect(screen.getByText(`${id.slice(0, 6)}********${id.slice(14)}`)).toBeInTheDocument()
    expect(screen.getByText('138****5678')).toBeInTheDocument()
    expect(screen.getByText('王**')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('switch', { name: '显示完整的姓名、身份证号和手机号' }))
    expect(screen.getByText(id)).toBeInTheDocument()
    expect(screen.getByText('13812345678')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('switch', { name: '显示完整的姓名、身份证号和手机号' }))
    expect(screen.queryByText(id)).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '修改：家庭成员' }))
    expect(onEdit).toHaveBeenCalledWith('household')
  })
})

describe('MemberEditor', () => {
  function Harness({ onDone }: { onDone: (m: DraftMember) => void }) {
    const [member, setMember] = useState(newMember('m1'))
    const answers = { ...threePersonAnswers(), members: [threePersonAnswers().members[0], member] }
    const [checked, setChecked] = useState(false)
    return (
      <MemberEditor
        member={member}
        title='添加家庭成员'
        onChange={setMember}
        errors={checked ? validateMember(answers, member, TODAY) : {}}
        warnings={{}}
        onDone={() => {
          setChecked(true)
          onDone(member)
        }}
      />
    )
  }

  it('keeps what was typed and shows errors next to the fields', async () => {
    const onDone = jest.fn()
    render(<Harness onDone={onDone} />)
    const idField = await screen.findByRole('textbox', { name: '身份证号' })
    fireEvent.input(idField, { target: { value: '1401' } })
    fireEvent.click(screen.getByRole('button', { name: '填好了：添加家庭成员' }))
    expect(screen.getByText(/请选择这位家人和申请人的关系/)).toBeInTheDocument()
    expect(screen.getByText(/身份证号应为 18 位/)).toBeInTheDocument()
    expect(await screen.findByRole('textbox', { name: '身份证号' })).toHaveValue('1401')
  })

  it('asks for the disability grade once a category is chosen', () => {
    render(<Harness onDone={jest.fn()} />)
    expect(screen.queryByRole('radiogroup', { name: '残疾等级' })).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('radio', { name: '肢体残疾' }))
    expect(screen.getByRole('radiogroup', { name: '残疾等级' })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('radio', { name: '配偶' }))
    expect(screen.getByRole('radio', { name: '配偶' })).toHaveAttribute('aria-checked', 'true')
  })
})
