import { applyTransition, createCase, selfCareLevel } from '@/domain/workflow/applyTransition'
import type { WorkflowCase, WorkflowEvent } from '@/domain/workflow/types'
import { at, caseAt, newCase, ok } from './fixtures'

const apply = (c: WorkflowCase, event: WorkflowEvent, date: string, time?: string) =>
  applyTransition(c, event, { at: at(date, time) })
const reasonOf = (result: ReturnType<typeof applyTransition>) => (result.ok ? 'ok' : result.reason)

/** A 低保 case posted for 公示 on `start`. */
function inPublicity(start: string, programme: 'dibao' | 'temporary_expense' = 'dibao'): WorkflowCase {
  let c = newCase(programme)
  c = ok(apply(c, { type: 'accept' }, '2026-09-01'))
  if (programme === 'dibao') c = ok(apply(c, { type: 'start_verification' }, '2026-09-02'))
  c = ok(apply(c, { type: 'start_investigation' }, '2026-09-03'))
  return ok(apply(c, { type: 'publish', startDate: start }, start))
}

describe('supplement (补正)', () => {
  it('lists every missing item once, then accepts on receipt', () => {
    let c = ok(apply(newCase('dibao'), { type: 'request_supplement', items: [' 户口簿 ', '授权书'] }, '2026-03-03'))
    expect(c.status).toBe('needs_supplement')
    expect(c.supplementItems).toEqual(['户口簿', '授权书'])
    expect(c.log[0]).toMatchObject({ level: 'township', action: '一次性告知补正材料', remark: '户口簿、授权书' })
    expect(reasonOf(apply(c, { type: 'request_supplement', items: ['身份证'] }, '2026-03-04'))).toMatch(/一次性告知/)
    c = ok(apply(c, { type: 'supplement_received' }, '2026-03-05'))
    expect(c.status).toBe('accepted')
    expect(reasonOf(apply(c, { type: 'request_supplement', items: ['身份证'] }, '2026-03-06'))).toMatch(/已经受理/)
  })

  it.each([[[]], [['']], [['户口簿', '  ']], [['户口簿', '户口簿']], [undefined]])('rejects items %p', (items) => {
    const result = apply(newCase('dibao'), { type: 'request_supplement', items } as WorkflowEvent, '2026-03-03')
    expect(result.ok).toBe(false)
  })
})

describe('公示 (7 calendar days, domain.md §2.6 step 4)', () => {
  it('cannot close before 7 full days have passed; closes from day 8', () => {
    const c = inPublicity('2026-09-28') // runs 09-28 … 10-04, across 国庆 (calendar days, holidays count)
    expect(c.publicityRounds).toBe(1)
    expect(c.log[c.log.length - 1].result).toBe('第 1 次公示，自 2026-09-28 起，至 2026-10-04')
    expect(reasonOf(apply(c, { type: 'close_publicity' }, '2026-10-04', '23:59'))).toMatch(
      /公示期为 7 天，至 2026-10-04/,
    )
    expect(apply(c, { type: 'close_publicity' }, '2026-10-05').ok).toBe(true)
  })

  it('uses the China date of the instant (23:30 UTC on 10-04 is already 10-05 in China)', () => {
    const c = inPublicity('2026-09-28')
    expect(applyTransition(c, { type: 'close_publicity' }, { at: '2026-10-04T16:30:00Z' }).ok).toBe(true)
    expect(applyTransition(c, { type: 'close_publicity' }, { at: '2026-10-04T15:30:00Z' }).ok).toBe(false)
  })

  it('临时救助 uses the 5-working-day local example: posted Wed 09-23, runs to 09-30 over 中秋', () => {
    const c = inPublicity('2026-09-23', 'temporary_expense')
    // working days: 09-23, 09-24, 09-28, 09-29, 09-30
    expect(reasonOf(apply(c, { type: 'close_publicity' }, '2026-09-30'))).toMatch(/5 个工作日，至 2026-09-30/)
    expect(apply(c, { type: 'close_publicity' }, '2026-10-01').ok).toBe(true)
  })

  it('rejects an invalid or back-dated start date', () => {
    const c = caseAt('dibao', 'investigation')
    const last = c.log[c.log.length - 1].at.slice(0, 10)
    expect(apply(c, { type: 'publish', startDate: '2026-13-01' }, last).ok).toBe(false)
    expect(reasonOf(apply(c, { type: 'publish', startDate: '2026-01-01' }, last))).toMatch(/不能早于/)
  })

  it('an objection loops back to investigation and needs a NEW 公示 before 审核确认', () => {
    let c = inPublicity('2026-09-10')
    c = ok(apply(c, { type: 'object', reason: '邻居反映有经营收入' }, '2026-09-12'))
    expect(c.status).toBe('investigation')
    expect(c.log[c.log.length - 1]).toMatchObject({
      result: '退回重新调查，调查后重新公示',
      remark: '邻居反映有经营收入',
    })
    expect(apply(c, { type: 'close_publicity' }, '2026-09-30').ok).toBe(false)
    c = ok(apply(c, { type: 'democratic_review', result: 'support', remark: '多数同意' }, '2026-09-15'))
    expect(c.status).toBe('review')
    c = ok(apply(c, { type: 'publish', startDate: '2026-09-16' }, '2026-09-16'))
    expect(c.publicityRounds).toBe(2)
    expect(c.publicityStartDate).toBe('2026-09-16')
    // the 7 days restart from the new posting
    expect(apply(c, { type: 'close_publicity' }, '2026-09-22').ok).toBe(false)
    c = ok(apply(c, { type: 'close_publicity' }, '2026-09-23'))
    expect(c.status).toBe('approval_review')
  })

  it('an objection needs a reason', () => {
    const c = inPublicity('2026-09-10')
    expect(apply(c, { type: 'object', reason: '  ' }, '2026-09-11').ok).toBe(false)
  })
})

describe('approve', () => {
  const review = () => caseAt('dibao', 'approval_review')
  const day = (c: WorkflowCase) => c.log[c.log.length - 1].at.slice(0, 10)

  it('records the monthly amount and pays from the month after the decision', () => {
    const c = ok(apply(review(), { type: 'approve', date: '2026-05-29', amountFen: 66900 }, '2026-05-29'))
    expect(c.status).toBe('approved')
    expect(c.approval).toEqual({
      date: '2026-05-29',
      benefit: 'monthly',
      amountFen: 66900,
      firstPaymentMonth: '2026-06',
    })
    expect(c.log[c.log.length - 1]).toMatchObject({
      level: 'county',
      officeName: '太原市迎泽区民政局',
      result: '同意（2026-05-29），每月 669.00 元，2026-06 起发放',
    })
  })

  it('a December decision pays from January of the next year', () => {
    const c = ok(apply(review(), { type: 'approve', date: '2026-12-31', amountFen: 1 }, '2026-12-31'))
    expect(c.approval?.firstPaymentMonth).toBe('2027-01')
  })

  it.each([0, -100, 669.5, Number.NaN, Number.POSITIVE_INFINITY, '66900', undefined, 2 ** 60])(
    '低保 rejects amountFen %p',
    (amountFen) => {
      const c = review()
      const result = apply(c, { type: 'approve', date: day(c), amountFen } as WorkflowEvent, day(c))
      expect(reasonOf(result)).toMatch(/大于 0 的整数/)
    },
  )

  it('rejects a decision date before the last step or after the recording date', () => {
    const c = review()
    expect(reasonOf(apply(c, { type: 'approve', date: '2026-01-01', amountFen: 100 }, day(c)))).toMatch(/不能早于/)
    expect(reasonOf(apply(c, { type: 'approve', date: '2027-01-01', amountFen: 100 }, day(c)))).toMatch(/不能晚于/)
    expect(apply(c, { type: 'approve', date: 'tomorrow', amountFen: 100 }, day(c)).ok).toBe(false)
  })

  it('低保边缘 / 刚性支出 are recognitions: the amount is optional', () => {
    const c = caseAt('rigid_expense', 'approval_review')
    const done = ok(apply(c, { type: 'approve', date: day(c) }, day(c)))
    expect(done.approval).toEqual({
      date: day(c),
      benefit: 'recognition',
      amountFen: undefined,
      firstPaymentMonth: undefined,
    })
  })

  it('临时救助 is a one-off amount without a payment month', () => {
    const c = caseAt('temporary_expense', 'approval_review')
    const done = ok(apply(c, { type: 'approve', date: day(c), amountFen: 300000 }, day(c)))
    expect(done.approval).toMatchObject({ benefit: 'one_off', amountFen: 300000, firstPaymentMonth: undefined })
    expect(apply(c, { type: 'approve', date: day(c) }, day(c)).ok).toBe(false)
  })

  it('delegated 审核确认 is logged at township level', () => {
    const c = caseAt('dibao', 'approval_review', { approvalDelegatedToTownship: true })
    const done = ok(apply(c, { type: 'approve', date: day(c), amountFen: 100 }, day(c)))
    expect(done.log[done.log.length - 1]).toMatchObject({ level: 'township', officeName: '迎泽区柳巷街道办事处' })
  })
})

describe('refuse', () => {
  it('needs at least one written reason', () => {
    const c = caseAt('dibao', 'approval_review')
    const d = c.log[c.log.length - 1].at.slice(0, 10)
    expect(reasonOf(apply(c, { type: 'refuse', reasons: [] }, d))).toMatch(/至少一条理由/)
    expect(apply(c, { type: 'refuse', reasons: [' '] }, d).ok).toBe(false)
    expect(apply(c, { type: 'refuse' } as WorkflowEvent, d).ok).toBe(false)
  })

  it('records reasons, the 3-working-day notice deadline across 国庆, and remedies with their confidence', () => {
    const c = caseAt('dibao', 'approval_review')
    const done = ok(apply(c, { type: 'refuse', reasons: ['人均收入高于低保标准', '有商品房两套'] }, '2026-09-30'))
    expect(done.status).toBe('refused')
    expect(done.refusal).toMatchObject({
      date: '2026-09-30',
      reasons: ['人均收入高于低保标准', '有商品房两套'],
      noticeDeadline: '2026-10-10', // 10-08, 10-09, 10-10 (调休 Saturday)
    })
    expect(done.refusal?.remedies.map((r) => [r.kind, r.confidence])).toEqual([
      ['reconsideration', '❌'],
      ['litigation', '❌'],
      ['local_review', '🟡'],
    ])
    expect(done.refusal?.remedies[0].timeLimit).toContain('60 日')
    expect(done.refusal?.remedies[1].timeLimit).toContain('6 个月')
    expect(done.log[done.log.length - 1]).toMatchObject({
      level: 'county',
      remark: '人均收入高于低保标准；有商品房两套',
    })
  })
})

describe('withdraw', () => {
  it('needs a reason, and is impossible once the decision is made', () => {
    const c = caseAt('dibao', 'approval_review')
    const d = c.log[c.log.length - 1].at.slice(0, 10)
    expect(apply(c, { type: 'withdraw', reason: '' }, d).ok).toBe(false)
    const w = ok(apply(c, { type: 'withdraw', reason: '外出务工，收入改善' }, d))
    expect(w.withdrawal).toEqual({ date: d, reason: '外出务工，收入改善' })
    expect(w.log[w.log.length - 1].level).toBe('county') // the county held the case
    const approved = caseAt('dibao', 'approved')
    expect(reasonOf(apply(approved, { type: 'withdraw', reason: 'x' }, '2027-01-01'))).toMatch(/办理已经结束/)
  })

  it('withdrawing while the applicant owes a supplement is filed with the township', () => {
    const c = caseAt('dibao', 'needs_supplement')
    const w = ok(apply(c, { type: 'withdraw', reason: '不再申请' }, '2026-04-01'))
    expect(w.log[w.log.length - 1].level).toBe('township')
  })

  it('急难型: no withdrawal after 先行救助', () => {
    const c = caseAt('temporary_emergency', 'emergency_aid_granted')
    expect(reasonOf(apply(c, { type: 'withdraw', reason: 'x' }, '2026-05-01'))).toMatch(/先行救助/)
  })
})

describe('特困', () => {
  it('needs the 生活自理能力评估 before the 调查核实 ends', () => {
    let c = drive1()
    expect(reasonOf(apply(c, { type: 'publish', startDate: '2026-04-01' }, '2026-04-01'))).toMatch(/生活自理能力评估/)
    c = ok(
      apply(
        c,
        { type: 'assess_self_care', unableActivities: ['bathing', 'toileting', 'dressing', 'eating'] },
        '2026-04-01',
      ),
    )
    expect(c.status).toBe('investigation')
    expect(c.selfCare).toEqual({
      date: '2026-04-01',
      unableActivities: ['bathing', 'toileting', 'dressing', 'eating'],
      level: 'total_loss',
    })
    expect(c.log[c.log.length - 1]).toMatchObject({
      result: '完全丧失生活自理能力',
      remark: '不能独立完成：洗澡、如厕、穿衣、进食',
    })
    expect(apply(c, { type: 'publish', startDate: '2026-04-02' }, '2026-04-02').ok).toBe(true)
  })

  it('rejects unknown or repeated activities', () => {
    const c = drive1()
    expect(
      apply(c, { type: 'assess_self_care', unableActivities: ['flying'] } as unknown as WorkflowEvent, '2026-04-01').ok,
    ).toBe(false)
    expect(apply(c, { type: 'assess_self_care', unableActivities: ['eating', 'eating'] }, '2026-04-01').ok).toBe(false)
  })

  it('self-care levels: 0 → 具备, 1–3 → 部分丧失, ≥4 → 完全丧失', () => {
    expect([0, 1, 3, 4, 6].map(selfCareLevel)).toEqual([
      'full',
      'partial_loss',
      'partial_loss',
      'total_loss',
      'total_loss',
    ])
  })

  it('skips 公示 only for minors', () => {
    const adult = ok(apply(drive1(false), { type: 'assess_self_care', unableActivities: [] }, '2026-04-01'))
    expect(reasonOf(apply(adult, { type: 'skip_publicity', reason: '未成年人' }, '2026-04-02'))).toMatch(/未成年人/)
    const minor = ok(apply(drive1(true), { type: 'assess_self_care', unableActivities: [] }, '2026-04-01'))
    expect(apply(minor, { type: 'skip_publicity', reason: '' }, '2026-04-02').ok).toBe(false)
    const skipped = ok(apply(minor, { type: 'skip_publicity', reason: '申请人为未成年人' }, '2026-04-02'))
    expect(skipped.status).toBe('approval_review')
  })

  function drive1(minor = false): WorkflowCase {
    let c = newCase('tekun', { subjectIsMinor: minor })
    c = ok(apply(c, { type: 'accept' }, '2026-03-03'))
    c = ok(apply(c, { type: 'start_verification' }, '2026-03-03'))
    return ok(apply(c, { type: 'start_investigation' }, '2026-03-04'))
  }
})

describe('临时救助·急难型 (先行救助)', () => {
  it('pays first, then completes the paperwork and 审核确认', () => {
    let c = newCase('temporary_emergency')
    expect(apply(c, { type: 'grant_emergency_aid', amountFen: 0 }, '2026-03-02').ok).toBe(false)
    expect(apply(c, { type: 'accept' }, '2026-03-02').ok).toBe(false)
    c = ok(apply(c, { type: 'grant_emergency_aid', amountFen: 200000 }, '2026-03-02', '15:00'))
    expect(c.emergencyAid).toEqual({ date: '2026-03-02', amountFen: 200000 })
    expect(c.log[0]).toMatchObject({ level: 'township', result: '已发放 2000.00 元' })
    c = ok(apply(c, { type: 'start_investigation', findings: '火灾，房屋损毁' }, '2026-03-04'))
    c = ok(apply(c, { type: 'complete_paperwork' }, '2026-03-10'))
    expect(c.status).toBe('approval_review')
    c = ok(apply(c, { type: 'approve', date: '2026-03-12' }, '2026-03-12')) // no extra amount needed
    expect(c.approval).toMatchObject({ benefit: 'one_off', amountFen: undefined })
  })
})

describe('extend_time_limit (低保 特殊情况)', () => {
  it('can be used once, with a reason', () => {
    const c = caseAt('dibao', 'investigation')
    const d = '2026-05-01'
    expect(apply(c, { type: 'extend_time_limit', reason: '' }, d).ok).toBe(false)
    const e = ok(apply(c, { type: 'extend_time_limit', reason: '需跨省核对' }, d))
    expect(e.status).toBe('investigation')
    expect(e.timeLimitExtended).toEqual({ date: d, reason: '需跨省核对' })
    expect(reasonOf(apply(e, { type: 'extend_time_limit', reason: '再次' }, d))).toMatch(/已经延长过/)
  })
})

describe('context and robustness', () => {
  it('rejects a missing, zone-less or back-dated time', () => {
    const c = caseAt('dibao', 'accepted')
    expect(applyTransition(c, { type: 'start_verification' }, { at: '2026-04-01' }).ok).toBe(false)
    expect(applyTransition(c, { type: 'start_verification' }, { at: '2026-04-01T09:00:00' }).ok).toBe(false)
    expect(reasonOf(apply(c, { type: 'start_verification' }, '2026-01-01'))).toMatch(/不能早于上一条/)
  })

  it('rejects an unknown event type and says so in Chinese', () => {
    const c = caseAt('dibao', 'accepted')
    expect(
      reasonOf(applyTransition(c, { type: 'teleport' } as unknown as WorkflowEvent, { at: at('2026-04-01') })),
    ).toBe('无法识别的办理事项。')
  })

  it('names the programme when a step does not exist in it', () => {
    const c = caseAt('dibao', 'submitted')
    expect(reasonOf(apply(c, { type: 'grant_emergency_aid', amountFen: 1 }, '2026-03-03'))).toBe(
      '最低生活保障（低保）没有「先行救助」这一步。',
    )
    expect(reasonOf(apply(c, { type: 'close_publicity' }, '2026-03-03'))).toBe(
      '当前状态是「已提交」，不能「公示期满无异议」。',
    )
  })

  it('does not mutate the input case', () => {
    const c = caseAt('dibao', 'accepted')
    const snapshot = JSON.stringify(c)
    ok(apply(c, { type: 'start_verification' }, '2026-04-01'))
    expect(JSON.stringify(c)).toBe(snapshot)
  })

  it('uses the officeName from the context over the case default, and appends the context remark', () => {
    const c = caseAt('dibao', 'submitted')
    const a = ok(
      applyTransition(
        c,
        { type: 'accept' },
        { at: at('2026-03-03'), officeName: '柳巷街道便民服务中心', remark: '窗口受理' },
      ),
    )
    expect(a.log[0]).toMatchObject({
      seq: 1,
      level: 'township',
      officeName: '柳巷街道便民服务中心',
      action: '受理申请',
      result: '进入「已受理」',
      remark: '窗口受理',
    })
  })

  it('createCase validates its input', () => {
    expect(() => createCase({ id: 'x', programme: 'dibao', submittedAt: 'yesterday' })).toThrow(RangeError)
    expect(() => createCase({ id: 'x', programme: 'nope' as 'dibao', submittedAt: at('2026-03-02') })).toThrow(
      RangeError,
    )
  })
})
