/**
 * Cross-field consistency (security.md V6, §2.1 "Cross-field checks"; ASVS 2.2.3). These produce
 * warnings only: the applicant may have picked the wrong option, or the ID number may be mistyped in a
 * way the check character cannot catch, so a person must decide.
 */
import { compareCivilDates, parseCivilDate } from '@/domain/validation/civilDate'
import { readIdNumberFields } from '@/domain/validation/idNumber'

export type CrossFieldWarningCode = 'SEX_MISMATCH' | 'BIRTH_DATE_MISMATCH'

export interface CrossFieldWarning {
  readonly code: CrossFieldWarningCode
  readonly message: string
}

const SEX_LABEL = { male: '男', female: '女' } as const

/**
 * Compares the sex and birth date encoded in the ID number with the answers given. Returns no warning
 * for an answer that is missing, or when the ID number itself cannot be read (the ID field reports that).
 */
export function idMatchesAnswers(input: {
  readonly idNumber: string
  readonly birthDate?: string
  readonly sex?: 'male' | 'female'
}): CrossFieldWarning[] {
  const fields = readIdNumberFields(input.idNumber)
  if (!fields) return []
  const warnings: CrossFieldWarning[] = []
  if (input.sex !== undefined && input.sex !== fields.sex) {
    warnings.push({
      code: 'SEX_MISMATCH',
      message: `身份证号显示性别是“${SEX_LABEL[fields.sex]}”，和你选的“${SEX_LABEL[input.sex]}”不一样，请核对`,
    })
  }
  const answered = input.birthDate === undefined ? null : parseCivilDate(input.birthDate)
  if (answered && input.birthDate !== fields.birthDate) {
    warnings.push({
      code: 'BIRTH_DATE_MISMATCH',
      message: '身份证号里的出生日期和你填的出生日期不一样，请核对',
    })
  }
  return warnings
}

/**
 * True when the child was born on the same day as, or before, the parent: a likely data-entry mistake
 * in the household relations (子女 should be younger than 父母/户主). False when either date cannot be read.
 */
export function childOlderThanParent(input: {
  readonly childBirthDate: string
  readonly parentBirthDate: string
}): boolean {
  const child = parseCivilDate(input.childBirthDate)
  const parent = parseCivilDate(input.parentBirthDate)
  if (!child || !parent) return false
  return compareCivilDates(child, parent) <= 0
}
