import type { CaseStatus, DailyActivity, EventType, OfficeLevel, Programme, SelfCareLevel } from './types'

export const PROGRAMME_LABELS: Record<Programme, string> = {
  dibao: '最低生活保障（低保）',
  dibao_edge: '低保边缘家庭认定',
  rigid_expense: '刚性支出困难家庭认定',
  tekun: '特困人员救助供养',
  temporary_emergency: '临时救助（急难型）',
  temporary_expense: '临时救助（支出型）',
}

export const STATUS_LABELS: Record<CaseStatus, string> = {
  submitted: '已提交',
  needs_supplement: '需补正',
  accepted: '已受理',
  verification: '家庭经济状况核对',
  investigation: '入户调查',
  review: '民主评议',
  publicity: '初审公示',
  emergency_aid_granted: '已先行救助',
  approval_review: '审核确认',
  approved: '已确认·次月起发放',
  refused: '不予确认',
  withdrawn: '已撤回',
}

/** The action written into the handle log for each event. */
export const EVENT_LABELS: Record<EventType, string> = {
  accept: '受理申请',
  request_supplement: '一次性告知补正材料',
  supplement_received: '收到补正材料并受理',
  start_verification: '发起家庭经济状况核对',
  start_investigation: '开展入户调查',
  assess_self_care: '生活自理能力评估',
  democratic_review: '组织民主评议',
  publish: '提出初审意见并公示',
  skip_publicity: '不予公示（未成年人）',
  object: '公示期间收到异议',
  close_publicity: '公示期满无异议',
  complete_paperwork: '补办手续完成，报审核确认',
  approve: '审核确认同意',
  refuse: '不予确认',
  withdraw: '申请人撤回申请',
  grant_emergency_aid: '先行救助',
  extend_time_limit: '特殊情况延长办结时限',
}

export const OFFICE_LABELS: Record<OfficeLevel, string> = {
  village: '村（居）委会',
  township: '乡镇人民政府（街道办事处）',
  county: '县级民政部门',
}

export const DAILY_ACTIVITY_LABELS: Record<DailyActivity, string> = {
  eating: '进食',
  dressing: '穿衣',
  transferring: '上下床',
  toileting: '如厕',
  indoor_walking: '室内行走',
  bathing: '洗澡',
}

export const SELF_CARE_LABELS: Record<SelfCareLevel, string> = {
  full: '具备生活自理能力',
  partial_loss: '部分丧失生活自理能力',
  total_loss: '完全丧失生活自理能力',
}
