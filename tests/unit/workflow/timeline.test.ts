import { applyTransition } from '@/domain/workflow/applyTransition'
import { currentHolder, nextStep, statusLabel } from '@/domain/workflow/holder'
import { timeline, TIMELINE_STEPS } from '@/domain/workflow/timeline'
import { PROGRAMMES, statusesOf } from '@/domain/workflow/transitions'
import type { WorkflowCase, WorkflowEvent } from '@/domain/workflow/types'
import { at, caseAt, newCase, ok } from './fixtures'

const step = (c: WorkflowCase, event: WorkflowEvent, date: string) => ok(applyTransition(c, event, { at: at(date) }))
const states = (c: WorkflowCase, today = '2026-12-01') =>
  Object.fromEntries(timeline(c, today).map((n) => [n.id, n.state]))

describe('timeline', () => {
  it('lists the legal steps of each programme in order', () => {
    expect(TIMELINE_STEPS.dibao.map((s) => s.label)).toEqual([
      '提交申请',
      '受理',
      '家庭经济状况核对',
      '入户调查',
      '民主评议（视情组织）',
      '初审公示',
      '审核确认',
      '结果',
    ])
    expect(TIMELINE_STEPS.tekun.map((s) => s.id)).toContain('self_care')
    expect(TIMELINE_STEPS.temporary_emergency.map((s) => s.id)).toEqual([
      'submit',
      'emergency_aid',
      'investigation',
      'approval',
      'result',
    ])
  })

  it('a fresh 低保 case: submitted done, 受理 current, the rest upcoming', () => {
    expect(states(newCase('dibao'))).toEqual({
      submit: 'done',
      accept: 'current',
      verification: 'upcoming',
      investigation: 'upcoming',
      review: 'upcoming',
      publicity: 'upcoming',
      approval: 'upcoming',
      result: 'upcoming',
    })
  })

  it('in 公示: earlier steps done, the unused optional 民主评议 skipped, dates and deadline shown', () => {
    let c = step(newCase('dibao'), { type: 'accept' }, '2026-09-24')
    c = step(c, { type: 'start_verification' }, '2026-09-28')
    c = step(c, { type: 'start_investigation', findings: '无车无房' }, '2026-09-29')
    c = step(c, { type: 'publish', startDate: '2026-09-30' }, '2026-09-30')
    const nodes = timeline(c, '2026-10-02')
    expect(Object.fromEntries(nodes.map((n) => [n.id, n.state]))).toEqual({
      submit: 'done',
      accept: 'done',
      verification: 'done',
      investigation: 'done',
      review: 'skipped',
      publicity: 'current',
      approval: 'upcoming',
      result: 'upcoming',
    })
    const byId = Object.fromEntries(nodes.map((n) => [n.id, n]))
    expect(byId.accept).toMatchObject({
      completedOn: '2026-09-24',
      office: 'township',
      officeName: '迎泽区柳巷街道办事处',
    })
    // the findings recorded when the 入户调查 starts are the 核对 result
    expect(byId.verification).toMatchObject({ startedOn: '2026-09-28', completedOn: '2026-09-29', remark: '无车无房' })
    expect(byId.investigation).toMatchObject({ startedOn: '2026-09-29', completedOn: '2026-09-30', remark: undefined })
    expect(byId.publicity).toMatchObject({
      startedOn: '2026-09-30',
      deadline: '2026-10-06',
      overdue: false,
      remark: '第 1 次公示，自 2026-09-30 起，至 2026-10-06',
    })
    expect(byId.approval).toMatchObject({ office: 'county', officeName: '太原市迎泽区民政局' })
  })

  it('after an objection: back in 入户调查 with 公示 upcoming again, then 民主评议 done', () => {
    let c = caseAt('dibao', 'publicity')
    const d = c.publicityStartDate as string
    c = step(c, { type: 'object', reason: '有经营收入' }, d)
    expect(states(c)).toMatchObject({ investigation: 'current', review: 'upcoming', publicity: 'upcoming' })
    expect(timeline(c, d).find((n) => n.id === 'investigation')?.remark).toContain('有经营收入')
    c = step(c, { type: 'democratic_review', result: 'oppose' }, '2026-05-01')
    expect(states(c)).toMatchObject({ investigation: 'done', review: 'done', publicity: 'current' })
    expect(timeline(c, '2026-05-01').find((n) => n.id === 'review')?.remark).toBe('评议多数不同意')
  })

  it('approved: every required step done, result labelled with the status', () => {
    const c = caseAt('dibao', 'approved')
    const nodes = timeline(c, '2026-12-01')
    expect(nodes.map((n) => n.state)).toEqual(['done', 'done', 'done', 'done', 'skipped', 'done', 'done', 'done'])
    expect(nodes[nodes.length - 1]).toMatchObject({ label: '已确认·次月起发放', office: 'county' })
    expect(nodes[nodes.length - 1].remark).toContain('起发放')
  })

  it('withdrawn during 入户调查: earlier steps done, the rest skipped, result says 已撤回', () => {
    let c = caseAt('dibao', 'investigation')
    c = step(c, { type: 'withdraw', reason: '外出务工' }, '2026-06-01')
    expect(states(c)).toEqual({
      submit: 'done',
      accept: 'done',
      verification: 'done',
      investigation: 'skipped',
      review: 'skipped',
      publicity: 'skipped',
      approval: 'skipped',
      result: 'done',
    })
    const result = timeline(c, '2026-06-01').at(-1)
    expect(result).toMatchObject({ label: '已撤回', remark: '申请已撤回；外出务工', office: null })
  })

  it('特困 minor: 生活自理能力评估 done, 公示 skipped', () => {
    let c = newCase('tekun', { subjectIsMinor: true })
    c = step(c, { type: 'accept' }, '2026-03-03')
    c = step(c, { type: 'start_verification' }, '2026-03-03')
    c = step(c, { type: 'start_investigation' }, '2026-03-04')
    expect(states(c)).toMatchObject({ investigation: 'current', self_care: 'upcoming' })
    c = step(c, { type: 'assess_self_care', unableActivities: ['bathing'] }, '2026-03-05')
    expect(states(c)).toMatchObject({ investigation: 'current', self_care: 'done' })
    expect(timeline(c, '2026-03-05').find((n) => n.id === 'self_care')?.remark).toBe(
      '部分丧失生活自理能力；不能独立完成：洗澡',
    )
    c = step(c, { type: 'skip_publicity', reason: '申请人为未成年人' }, '2026-03-06')
    expect(states(c)).toMatchObject({
      investigation: 'done',
      review: 'skipped',
      publicity: 'skipped',
      approval: 'current',
    })
  })

  it('急难型: 先行救助 done before the paperwork', () => {
    const c = caseAt('temporary_emergency', 'emergency_aid_granted')
    expect(states(c)).toEqual({
      submit: 'done',
      emergency_aid: 'done',
      investigation: 'current',
      approval: 'upcoming',
      result: 'upcoming',
    })
  })

  it('every reachable status has exactly one current node, or none when finished', () => {
    for (const programme of PROGRAMMES)
      for (const status of statusesOf(programme)) {
        const nodes = timeline(caseAt(programme, status), '2026-12-01')
        const current = nodes.filter((n) => n.state === 'current')
        expect([programme, status, current.length]).toEqual([
          programme,
          status,
          ['approved', 'refused', 'withdrawn'].includes(status) ? 0 : 1,
        ])
      }
  })
})

describe('currentHolder and nextStep', () => {
  it('follows the office levels of domain.md §2.6', () => {
    expect(currentHolder(newCase('dibao'))).toBe('township')
    expect(currentHolder(newCase('dibao', { submittedVia: 'village' }))).toBe('village')
    expect(currentHolder(caseAt('dibao', 'needs_supplement'))).toBe('applicant')
    expect(currentHolder(caseAt('dibao', 'publicity'))).toBe('township')
    expect(currentHolder(caseAt('dibao', 'approval_review'))).toBe('county')
    expect(currentHolder(caseAt('dibao', 'approval_review', { approvalDelegatedToTownship: true }))).toBe('township')
    expect(currentHolder(caseAt('dibao', 'approved'))).toBeNull()
  })

  it('is a plain Chinese sentence for every reachable status', () => {
    for (const programme of PROGRAMMES)
      for (const status of statusesOf(programme)) {
        const text = nextStep(caseAt(programme, status))
        expect(text).toMatch(/^[^a-z_]*[。]$/)
        expect(text.length).toBeGreaterThan(8)
      }
  })

  it('labels an approval by what it means for the programme', () => {
    expect(statusLabel(caseAt('dibao', 'approved'))).toBe('已确认·次月起发放')
    expect(statusLabel(caseAt('dibao', 'publicity'))).toBe('初审公示')
    expect(statusLabel(caseAt('temporary_expense', 'approved'))).toBe('已确认·发放临时救助金')
    // a recognition without an amount (with one, it is paid monthly like 低保: fixtures approve with 66900 fen)
    expect(statusLabel(caseAt('dibao_edge', 'approved'))).toBe('已确认·次月起发放')
    const edge = step(caseAt('dibao_edge', 'approval_review'), { type: 'approve', date: '2026-06-01' }, '2026-06-01')
    expect(statusLabel(edge)).toBe('已认定')
    expect(timeline(edge, '2026-12-01').at(-1)?.label).toBe('已认定')
    expect(nextStep(edge)).toBe('已认定为低保边缘家庭，可凭认定结果申请相关专项救助。')
  })

  it('mentions what the applicant has to do or can do', () => {
    expect(nextStep(caseAt('dibao', 'needs_supplement'))).toBe(
      '请补齐以下材料后交给迎泽区柳巷街道办事处：户口簿复印件、家庭经济状况查询核对授权书。补齐后即受理。',
    )
    expect(nextStep(caseAt('dibao', 'approved'))).toMatch(/每月 669\.00 元，自 \d{4}-\d{2} 起按月发放/)
    const refused = nextStep(caseAt('dibao', 'refused'))
    expect(refused).toContain('申请行政复议（自知道该决定之日起 60 日内）')
    expect(refused).toContain('提起行政诉讼（自知道该决定之日起 6 个月内）')
    const publicity = caseAt('dibao', 'publicity')
    expect(nextStep(publicity)).toContain(`公示期至 `)
    expect(nextStep(publicity)).toContain('有异议')
  })
})
