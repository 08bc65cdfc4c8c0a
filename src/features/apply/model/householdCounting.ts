/**
 * "Who counts as a 共同生活的家庭成员, and why" for the member list, and the live hint after the income step.
 * Both use the eligibility engine's own rules (src/domain/eligibility), so the form and the engine agree.
 */
import { countMember } from '@/domain/eligibility/householdMembers'
import { evaluate } from '@/domain/eligibility/evaluate'
import { bundledShanxiParams } from '@/domain/eligibility/params/bundledParams'
import type { EligibilityInput, HouseholdMember } from '@/domain/eligibility/eligibilityInput'
import type { ProgramStatus } from '@/domain/eligibility/eligibilityResult'
import { formatFenYuan, parseYuanToFen } from '@/domain/money'
import { INCOME_KINDS, type DraftAnswers, type DraftMember } from '@/domain/applicationDraft/draftAnswers'
import { memberBirthDate, needsEmergency } from './applySteps'
import { programmeTitle } from './applyVocabulary'

const fen = (text: string): number => {
  if (text.trim() === '') return 0
  const r = parseYuanToFen(text)
  return r.ok ? r.fen : 0
}

function toEngineMember(answers: DraftAnswers, member: DraftMember): HouseholdMember | null {
  const birthDate = memberBirthDate(answers, member)
  if (!birthDate || member.relation === null) return null
  const income = Object.fromEntries(
    INCOME_KINDS.map((k) => [k, fen(member.income[k])]),
  ) as unknown as HouseholdMember['incomeMonthlyFen']
  return {
    id: member.id,
    relation: member.relation,
    birthDate,
    livesTogether: member.livesTogether,
    student: member.student,
    disability:
      member.disabilityCategory !== null && member.disabilityGrade !== null
        ? { category: member.disabilityCategory, grade: member.disabilityGrade }
        : null,
    seriousIllness: member.seriousIllness,
    excluded: member.excluded,
    incomeMonthlyFen: income,
  }
}

export interface MemberCountingView {
  counted: boolean | null
  reason: string
}

/** Whether a member counts, with the engine's reason; null while the ID number cannot be read yet. */
export function memberCounting(answers: DraftAnswers, member: DraftMember, today: string): MemberCountingView {
  const engineMember = toEngineMember(answers, member)
  if (!engineMember) return { counted: null, reason: '填好关系和身份证号后，这里会说明是否算作共同生活的家庭成员' }
  const counting = countMember(engineMember, today)
  return { counted: counting.counted, reason: counting.reason }
}

const STATUS_WORDS: Record<ProgramStatus, string> = {
  likely: '可能可以申请',
  needs_info: '还要看审核时核实的情况',
  unlikely: '按目前填写的情况可能暂时不够条件，仍然可以申请，由工作人员核实',
}

/**
 * "按你填写的情况，初步测算：…" shown after the income step. Null when the answers cannot be evaluated yet.
 * It is a hint only: the office decides.
 */
export function liveEligibilityHint(answers: DraftAnswers, today: string): string | null {
  const members = answers.members.map((m) => toEngineMember(answers, m))
  if (members.some((m) => m === null) || !answers.applicant.countyCode || answers.applicant.area === null) return null
  const input: EligibilityInput = {
    asOf: today,
    region: { code: answers.applicant.countyCode, area: answers.applicant.area },
    members: members as HouseholdMember[],
    supporters: null,
    assetsDeclared: null,
    rigidSpendingAnnualFen: answers.rigidSpendingAnnual.trim() === '' ? null : fen(answers.rigidSpendingAnnual),
    emergency:
      needsEmergency(answers) && answers.emergency.type !== null && answers.emergency.date
        ? { type: answers.emergency.type, date: answers.emergency.date }
        : null,
  }
  let outcome: ReturnType<typeof evaluate>
  try {
    outcome = evaluate(input, bundledShanxiParams)
  } catch {
    return null
  }
  if (!outcome.ok) return null
  const result = outcome.value
  const parts = result.programs
    .filter((p) => (answers.programmes as string[]).includes(p.program))
    .map((p) => `${programmeTitle(p.program as never)}${STATUS_WORDS[p.status]}`)
  const household = result.household
  const perCapita = `共同生活的家庭成员 ${household.size} 人，月人均收入约 ${formatFenYuan(household.perCapitaMonthlyFen)}`
  const standard = `当地低保标准参考 ${formatFenYuan(result.standard.monthlyFen)}/月${result.standard.verified ? '' : '（参考值）'}`
  return `按你填写的情况，初步测算：${perCapita}，${standard}。${parts.join('；')}。这只是参考，以乡镇（街道）和县民政部门的核对结果为准。`
}
