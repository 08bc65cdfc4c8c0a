/** Who holds a case now, and what happens next, in plain Chinese for the progress page. */
import { OFFICE_LABELS, PROGRAMME_LABELS, STATUS_LABELS } from './labels'
import { TIME_LIMITS } from './timeLimits'
import { limitDeadline } from './limitMath'
import type { Holder, OfficeLevel, WorkflowCase } from './types'

/** The office that takes the 审核确认 decision: the county, or the 乡镇/街道 where this is delegated. */
export function approverLevel(c: WorkflowCase): OfficeLevel {
  return c.approvalDelegatedToTownship ? 'township' : 'county'
}

export function currentHolder(c: WorkflowCase): Holder {
  switch (c.status) {
    case 'submitted':
      return c.submittedVia
    case 'needs_supplement':
      return 'applicant'
    case 'accepted':
    case 'verification':
    case 'investigation':
    case 'review':
    case 'publicity':
    case 'emergency_aid_granted':
      return 'township'
    case 'approval_review':
      return approverLevel(c)
    case 'approved':
    case 'refused':
    case 'withdrawn':
      return null
  }
}

/** The status as the applicant should read it: an approval means different things per programme. */
export function statusLabel(c: WorkflowCase): string {
  if (c.status !== 'approved') return STATUS_LABELS[c.status]
  if (c.approval?.firstPaymentMonth) return STATUS_LABELS.approved
  return c.approval?.benefit === 'one_off' ? '已确认·发放临时救助金' : '已认定'
}

function yuan(fen: number): string {
  return (fen / 100).toFixed(2)
}

function office(c: WorkflowCase, level: OfficeLevel): string {
  return c.offices[level] ?? OFFICE_LABELS[level]
}

/** One plain sentence (or two) on what happens next and what the applicant can do. */
export function nextStep(c: WorkflowCase): string {
  const township = office(c, 'township')
  const approver = office(c, approverLevel(c))
  switch (c.status) {
    case 'submitted':
      if (c.programme === 'temporary_emergency')
        return `${township}将核实紧急情况并先行救助，手续可以事后补办。如情况有变化，您可以撤回申请。`
      return c.submittedVia === 'village'
        ? `村（居）委会将把申请转交${township}，由其审查材料后受理。您可以随时撤回申请。`
        : `${township}将审查申请材料，材料齐全即受理；如缺材料，会一次性告知您需要补充的全部材料。`
    case 'needs_supplement':
      return `请补齐以下材料后交给${township}：${(c.supplementItems ?? []).join('、')}。补齐后即受理。`
    case 'accepted':
      return c.programme === 'temporary_expense'
        ? `${township}将调查您家的经济状况和困难情况。`
        : `${township}将发起家庭经济状况核对（需要您和赡养、抚养、扶养人签署的授权书）。`
    case 'verification':
      return `正在核对家庭经济状况，之后${township}将安排至少两名工作人员入户调查，请留意电话并配合。`
    case 'investigation':
      if (c.programme === 'temporary_emergency')
        return `已先行救助，${township}正在补办手续（补齐材料、调查核实），完成后报${approver}审核确认。`
      if (c.programme === 'tekun' && !c.selfCare)
        return `${township}正在调查核实，并将评估生活自理能力（进食、穿衣、上下床、如厕、室内行走、洗澡）。`
      return c.publicityRounds > 0
        ? `公示期间有人提出异议，${township}正在重新调查（或组织民主评议），之后会重新公示。`
        : `${township}正在入户调查，调查结束后将提出初审意见并在村（居）公示。`
    case 'review':
      return `民主评议已完成，${township}将提出初审意见并公示。`
    case 'publicity': {
      const limit = TIME_LIMITS[c.programme].publicity
      const until =
        limit && c.publicityStartDate ? `，公示期至 ${limitDeadline(limit, c.publicityStartDate).value}` : ''
      return `初审意见正在村（居）公示${until}。任何人对公示内容有异议都可以向${township}提出。`
    }
    case 'emergency_aid_granted':
      return `救助金已先行发放，${township}将补办申请手续。`
    case 'approval_review':
      return `${approver}正在审核确认，结果会以书面形式通知您。`
    case 'approved': {
      const a = c.approval
      if (a?.firstPaymentMonth && a.amountFen !== undefined)
        return `已确认，每月 ${yuan(a.amountFen)} 元，自 ${a.firstPaymentMonth} 起按月发放到您的银行账户。家庭情况有变化请及时告知。`
      if (a?.benefit === 'one_off' && a.amountFen !== undefined)
        return `已确认，临时救助金 ${yuan(a.amountFen)} 元将发放到您的账户。`
      if (c.programme === 'rigid_expense')
        return '已认定为刚性支出困难家庭，认定有效期一般不超过 12 个月，期满需重新申请。'
      return `已认定为${PROGRAMME_LABELS[c.programme].replace('认定', '')}，可凭认定结果申请相关专项救助。`
    }
    case 'refused': {
      const r = c.refusal
      const remedies = (r?.remedies ?? []).map((x) => `${x.label}（${x.timeLimit}）`).join('；')
      return `不予确认。书面理由应在 ${r?.noticeDeadline ?? ''} 前送达您。如不服，可以${remedies}。`
    }
    case 'withdrawn':
      return '申请已撤回，办理结束。符合条件的，可以重新申请。'
  }
}
