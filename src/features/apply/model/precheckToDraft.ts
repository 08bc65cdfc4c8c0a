/**
 * 一键申请: turns the pre-check's prefill (no names, ID numbers or phones) into draft answers. The pre-check
 * gives one monthly income total per member; it goes into 工资收入 as a starting point the user can split.
 */
import { formatFen } from '@/domain/money'
import type { ApplicationPrefill } from '@/domain/precheckPrefill'
import { SELF_MEMBER_ID, emptyAnswers, newMember, type DraftAnswers } from '@/domain/applicationDraft/draftAnswers'

const yuanText = (fen: number | null): string => (fen === null || fen === 0 ? '' : formatFen(fen).replace(/,/g, ''))

export function precheckPrefillToDraftAnswers(prefill: ApplicationPrefill): DraftAnswers {
  const answers = emptyAnswers()
  answers.applicant.cityCode = prefill.region.cityCode
  answers.applicant.countyCode = prefill.region.countyCode
  answers.applicant.area = prefill.area
  answers.members = prefill.members.map((m, i) => {
    const id = m.relation === 'self' ? SELF_MEMBER_ID : `pre${i}`
    const member = newMember(id, m.relation)
    return {
      ...member,
      livesTogether: m.livesTogether,
      student: m.student,
      disabilityCategory: m.disability?.category ?? null,
      disabilityGrade: m.disability?.grade ?? null,
      seriousIllness: m.seriousIllness,
      income: { ...member.income, wage: yuanText(m.incomeMonthlyTotalFen) },
    }
  })
  if (!answers.members.some((m) => m.id === SELF_MEMBER_ID)) answers.members.unshift(newMember(SELF_MEMBER_ID, 'self'))
  answers.rigidSpendingAnnual = yuanText(prefill.rigidSpendingAnnualFen)
  if (prefill.emergency) {
    answers.hasEmergency = true
    answers.emergency = { type: prefill.emergency.type, date: prefill.emergency.date, description: '' }
  }
  return answers
}
