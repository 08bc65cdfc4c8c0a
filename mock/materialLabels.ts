/** Names of the usual 申请材料 (domain.md §2.7), for 补正 notices. Unknown ids are shown as they are. */
export const MATERIAL_LABELS: Record<string, string> = {
  hukou: '户口簿',
  id_card: '身份证',
  authorisation: '家庭经济状况核对授权书',
  income_statement: '家庭收入和财产情况说明（承诺书）',
  disability_card: '残疾人证',
  medical_records: '诊断证明和医疗费用票据',
  student_proof: '在校证明',
  divorce_papers: '离婚判决书或抚养协议',
  unemployment_proof: '失业证明',
  emergency_proof: '遭遇困难的证明（如火灾、事故证明）',
}

export function materialLabel(itemId: string): string {
  return MATERIAL_LABELS[itemId] ?? itemId
}
