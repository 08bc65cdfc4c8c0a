/**
 * Which documents to ask for, built from the answers (the GetCalFresh / MNbenefits "recommended documents"
 * pattern; list from domain.md §2.7). Every item may be uploaded now or brought later (稍后补充).
 */
import { parseYuanToFen } from '@/domain/money'
import type { DraftAnswers } from '@/domain/applicationDraft/draftAnswers'

export interface MaterialItem {
  id: string
  title: string
  /** Why this item is asked for, in one short sentence. */
  why: string
}

const ALL: Readonly<Record<string, MaterialItem>> = {
  id_card: { id: 'id_card', title: '身份证', why: '申请人和家人的身份证正反面，用来确认身份。' },
  hukou: { id: 'hukou', title: '户口簿', why: '户主页和每位家人的那一页，用来确认户籍和家庭关系。' },
  agent_id: { id: 'agent_id', title: '代办人身份证', why: '你在替别人申请，需要你的身份证。' },
  disability_card: { id: 'disability_card', title: '残疾人证', why: '家里有人残疾，审核时需要看残疾人证。' },
  diagnosis: { id: 'diagnosis', title: '诊断证明和医疗费单据', why: '家里有人生重病或看病花费大，用来核实医疗支出。' },
  student_proof: { id: 'student_proof', title: '学籍证明', why: '家里有在校学生，用来确认上学情况。' },
  emergency_proof: { id: 'emergency_proof', title: '急事的证明', why: '例如火灾、事故证明，用来核实临时困难。' },
}

const hasAmount = (text: string): boolean => {
  const r = parseYuanToFen(text)
  return r.ok && r.fen > 0
}

export function recommendMaterials(answers: DraftAnswers): MaterialItem[] {
  const items = [ALL.id_card, ALL.hukou]
  const members = answers.members
  if (answers.actingForOther) items.push(ALL.agent_id)
  if (members.some((m) => m.disabilityCategory !== null)) items.push(ALL.disability_card)
  const illness =
    members.some((m) => m.seriousIllness) ||
    hasAmount(answers.rigidSpendingAnnual) ||
    (answers.hasEmergency && answers.emergency.type === 'illness')
  if (illness) items.push(ALL.diagnosis)
  if (members.some((m) => m.student !== null)) items.push(ALL.student_proof)
  const emergency = answers.hasEmergency || answers.programmes.includes('temporary')
  if (emergency && answers.emergency.type !== 'illness') items.push(ALL.emergency_proof)
  return items
}
