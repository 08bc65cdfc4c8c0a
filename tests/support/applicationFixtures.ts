import { computeCheckDigit } from '@/domain/validation/idNumber'
import { emptyAnswers, newMember, type DraftAnswers } from '@/domain/applicationDraft/draftAnswers'

/** A valid 18-digit ID number for a county code and a birth date YYYYMMDD; `sequence` odd = male. */
export function makeId(county: string, birth: string, sequence = '123'): string {
  const body = `${county}${birth}${sequence}`
  return body + computeCheckDigit(body)
}

export const TODAY = '2026-03-15'

/** A complete 3-person 低保 application: applicant, spouse and a 10-year-old child (needs guardian consent). */
export function threePersonAnswers(): DraftAnswers {
  const a = emptyAnswers()
  a.consents.privacyNoticeVersion = 'v-test'
  a.programmes = ['dibao']
  a.applicant = {
    name: '王建国',
    idNumber: makeId('141124', '19800512', '131'),
    phone: '13812345678',
    cityCode: '1411',
    countyCode: '141124',
    townCode: '141124100',
    address: '城庄镇某村 3 组 12 号',
    area: 'rural',
  }
  a.members[0].income.wage = '800'
  const spouse = { ...newMember('m-spouse', 'spouse'), name: '李秀英', idNumber: makeId('141124', '19820304', '242') }
  spouse.income.business = '1,200.50'
  const child = {
    ...newMember('m-child', 'child'),
    name: '王小明',
    idNumber: makeId('141124', '20160101', '351'),
    student: 'compulsory' as const,
  }
  a.members.push(spouse, child)
  a.assets.deposits = '3000'
  a.materials = {
    id_card: { status: 'later', fileIds: [] },
    hukou: { status: 'uploaded', fileIds: ['f-1'] },
    student_proof: { status: 'later', fileIds: [] },
  }
  a.consents = {
    ...a.consents,
    idPhotos: true,
    incomeAndAssets: true,
    minorsData: true,
    signatureFileId: 'sig-1',
    guardianConfirmedFor: ['m-child'],
  }
  return a
}
