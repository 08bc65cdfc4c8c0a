/**
 * The steps of the application and what each step needs before the user may go on. Errors are keyed by
 * field path ('applicant.idNumber', 'members.<id>.name', 'income.<id>.wage', …) so that each screen shows
 * the message next to its field. Warnings never block. Pure: `today` is passed in (YYYY-MM-DD).
 */
import { normalizeIdNumber, readIdNumberFields, validateIdNumber } from '@/domain/validation/idNumber'
import { validatePhone } from '@/domain/validation/phone'
import { validatePersonName } from '@/domain/validation/personName'
import { ageInFullYears, compareCivilDates, parseCivilDate } from '@/domain/validation/civilDate'
import { parseYuanToFen } from '@/domain/money'
import { codePointLength } from '@/domain/textLength'
import { childOlderThanParent } from '@/domain/validation/crossField'
import {
  INCOME_KINDS,
  SELF_MEMBER_ID,
  memberIdentity,
  type DraftAnswers,
  type DraftMember,
} from '@/domain/applicationDraft/draftAnswers'
import { STEP_IDS, isStepId, type StepId } from '@/domain/applicationDraft/draftSteps'
import { recommendMaterials } from './materialsRecommendation'

export { STEP_IDS, isStepId, type StepId }

export const STEP_TITLES: Readonly<Record<StepId, string>> = {
  notice: '申请须知',
  programmes: '选择救助项目',
  applicant: '申请人信息',
  household: '家庭成员',
  income: '收入和财产',
  materials: '申请材料',
  consent: '授权和同意',
  review: '核对信息',
}

export const stepIndex = (step: StepId): number => STEP_IDS.indexOf(step)
export const nextStep = (step: StepId): StepId | null => STEP_IDS[stepIndex(step) + 1] ?? null
export const previousStep = (step: StepId): StepId | null => STEP_IDS[stepIndex(step) - 1] ?? null

export type FieldErrors = Record<string, string>
export type FieldWarnings = Record<string, string>

/** Age below which the guardian must consent for a member's data (PIPL Art. 31). */
export const CHILD_CONSENT_AGE = 14

/** Birth date of a member from a readable ID number, or null. */
export function memberBirthDate(answers: DraftAnswers, member: DraftMember): string | null {
  return readIdNumberFields(memberIdentity(answers, member).idNumber)?.birthDate ?? null
}

/** Age in full years on `today`, or null when the ID number cannot be read yet. */
export function memberAge(answers: DraftAnswers, member: DraftMember, today: string): number | null {
  const birth = memberBirthDate(answers, member)
  const birthDate = birth ? parseCivilDate(birth) : null
  const todayDate = parseCivilDate(today)
  return birthDate && todayDate ? ageInFullYears(birthDate, todayDate) : null
}

/** Members under 14 on `today` (their data needs guardian consent). */
export function membersUnder14(answers: DraftAnswers, today: string): DraftMember[] {
  return answers.members.filter((m) => {
    const age = memberAge(answers, m, today)
    return age !== null && age < CHILD_CONSENT_AGE
  })
}

export const householdHasHealthData = (answers: DraftAnswers): boolean =>
  answers.members.some((m) => m.disabilityCategory !== null || m.seriousIllness)

const ID_PHOTO_ITEMS = ['id_card', 'hukou', 'agent_id']
export const hasIdPhotos = (answers: DraftAnswers): boolean =>
  ID_PHOTO_ITEMS.some((id) => (answers.materials[id]?.fileIds.length ?? 0) > 0)

/** The most characters (code points) the emergency description may have; its field shows the count. */
export const EMERGENCY_DESCRIPTION_MAX = 200

export const needsEmergency = (answers: DraftAnswers): boolean =>
  answers.hasEmergency || answers.programmes.includes('temporary')

function checkName(errors: FieldErrors, path: string, text: string) {
  const r = validatePersonName(text)
  if (!r.ok) errors[path] = r.message
}

function checkPhone(errors: FieldErrors, path: string, text: string) {
  const r = validatePhone(text)
  if (!r.ok) errors[path] = r.message
}

function checkId(errors: FieldErrors, path: string, text: string, today: string) {
  const r = validateIdNumber(text, { today })
  if (!r.ok) errors[path] = r.message
}

function checkMoney(errors: FieldErrors, path: string, text: string) {
  if (text.trim() === '') return
  const r = parseYuanToFen(text)
  if (!r.ok) errors[path] = r.message
}

function checkCount(errors: FieldErrors, path: string, text: string, what: string) {
  const t = text.trim()
  if (t === '') errors[path] = `请填写${what}，没有就填 0`
  else if (!/^\d{1,2}$/.test(t)) errors[path] = `${what}请填 0 到 99 之间的整数`
}

function validateApplicant(answers: DraftAnswers, today: string, errors: FieldErrors) {
  const a = answers.applicant
  checkName(errors, 'applicant.name', a.name)
  checkId(errors, 'applicant.idNumber', a.idNumber, today)
  checkPhone(errors, 'applicant.phone', a.phone)
  if (!a.cityCode) errors['applicant.cityCode'] = '请选择户籍所在的市'
  else if (!a.countyCode) errors['applicant.countyCode'] = '请选择户籍所在的县（区）'
  else if (!a.townCode) errors['applicant.townCode'] = '请选择户籍所在的乡镇或街道'
  if (a.address.trim().length < 2) errors['applicant.address'] = '请填写现在住的详细地址，例如村名、门牌号'
  if (a.area === null) errors['applicant.area'] = '请选择城镇户口还是农村户口'
  if (answers.actingForOther) {
    const g = answers.agent
    checkName(errors, 'agent.name', g.name)
    checkPhone(errors, 'agent.phone', g.phone)
    if (g.relation.trim() === '') errors['agent.relation'] = '请填写你和申请人的关系，例如“村委会工作人员”“儿子”'
    if (!g.applicantConsentConfirmed) errors['agent.applicantConsentConfirmed'] = '请确认申请人本人同意由你代办'
  }
}

/** Errors of one member of the member editor (not the applicant, whose identity is on the applicant step). */
export function validateMember(answers: DraftAnswers, member: DraftMember, today: string): FieldErrors {
  const errors: FieldErrors = {}
  const p = `members.${member.id}`
  if (member.id !== SELF_MEMBER_ID) {
    if (member.relation === null) errors[`${p}.relation`] = '请选择这位家人和申请人的关系'
    checkName(errors, `${p}.name`, member.name)
    checkId(errors, `${p}.idNumber`, member.idNumber, today)
    const mine = normalizeIdNumber(member.idNumber)
    const same =
      mine.length === 18 &&
      answers.members.some((o) => o.id !== member.id && normalizeIdNumber(memberIdentity(answers, o).idNumber) === mine)
    if (same) errors[`${p}.idNumber`] = '这个身份证号已经填过了，每位家人的号码应该不同'
  }
  if (member.disabilityCategory !== null && member.disabilityGrade === null) {
    errors[`${p}.disabilityGrade`] = '请选择残疾等级（看残疾人证上写的）'
  }
  return errors
}

/** Cross-field warnings on household relations: a child older than the applicant, a parent younger. */
export function householdWarnings(answers: DraftAnswers): FieldWarnings {
  const warnings: FieldWarnings = {}
  const self = answers.members.find((m) => m.id === SELF_MEMBER_ID)
  const selfBirth = self ? memberBirthDate(answers, self) : null
  if (!selfBirth) return warnings
  for (const m of answers.members) {
    if (m.id === SELF_MEMBER_ID) continue
    const birth = memberBirthDate(answers, m)
    if (!birth) continue
    if (
      (m.relation === 'child' || m.relation === 'grandchild') &&
      childOlderThanParent({ childBirthDate: birth, parentBirthDate: selfBirth })
    ) {
      warnings[`members.${m.id}.idNumber`] = '按身份证号，这位子女比申请人年纪还大，请核对关系或号码'
    }
    if (
      (m.relation === 'parent' || m.relation === 'grandparent') &&
      childOlderThanParent({ childBirthDate: selfBirth, parentBirthDate: birth })
    ) {
      warnings[`members.${m.id}.idNumber`] = '按身份证号，这位长辈比申请人年纪还小，请核对关系或号码'
    }
  }
  return warnings
}

function validateHousehold(answers: DraftAnswers, today: string, errors: FieldErrors) {
  for (const m of answers.members) Object.assign(errors, validateMember(answers, m, today))
}

function validateIncome(answers: DraftAnswers, today: string, errors: FieldErrors) {
  for (const m of answers.members) {
    for (const kind of INCOME_KINDS) checkMoney(errors, `income.${m.id}.${kind}`, m.income[kind])
  }
  checkMoney(errors, 'assets.deposits', answers.assets.deposits)
  checkCount(errors, 'assets.vehicles', answers.assets.vehicles, '汽车数量')
  checkCount(errors, 'assets.homes', answers.assets.homes, '房子套数')
  checkMoney(errors, 'rigidSpendingAnnual', answers.rigidSpendingAnnual)
  if (answers.programmes.includes('rigid_expense') && answers.rigidSpendingAnnual.trim() === '') {
    errors['rigidSpendingAnnual'] = '申请刚性支出困难家庭，请填写近 12 个月看病、上学等必须花的钱，没有就填 0'
  }
  if (needsEmergency(answers)) {
    const e = answers.emergency
    if (e.type === null) errors['emergency.type'] = '请选择遇到了什么急事'
    const date = parseCivilDate(e.date.trim())
    const todayDate = parseCivilDate(today)
    if (!date) errors['emergency.date'] = '请按“2026-01-31”这样的格式填写发生日期'
    else if (todayDate && compareCivilDates(date, todayDate) > 0) errors['emergency.date'] = '发生日期不能晚于今天'
    if (e.description.trim().length < 4) errors['emergency.description'] = '请简单说说发生了什么，至少 4 个字'
    else if (codePointLength(e.description) > EMERGENCY_DESCRIPTION_MAX)
      errors['emergency.description'] = `最多写 ${EMERGENCY_DESCRIPTION_MAX} 个字，请删掉一些`
  }
}

function validateMaterials(answers: DraftAnswers, errors: FieldErrors) {
  for (const item of recommendMaterials(answers)) {
    const entry = answers.materials[item.id]
    if (!entry || entry.status === null) errors[`materials.${item.id}`] = `请上传“${item.title}”，或选择“稍后补充”`
    else if (entry.status === 'uploaded' && entry.fileIds.length === 0) {
      errors[`materials.${item.id}`] = `还没有上传“${item.title}”的照片`
    }
  }
}

function validateConsent(answers: DraftAnswers, today: string, errors: FieldErrors) {
  const c = answers.consents
  if (!c.incomeAndAssets) errors['consents.incomeAndAssets'] = '核对家庭收入和财产是审核的必经步骤，需要你的同意'
  if (hasIdPhotos(answers) && !c.idPhotos) errors['consents.idPhotos'] = '你上传了证件照片，需要你单独同意才能使用'
  if (householdHasHealthData(answers) && !c.healthAndDisability) {
    errors['consents.healthAndDisability'] = '你填写了残疾或重病情况，需要你单独同意才能使用'
  }
  const minors = membersUnder14(answers, today)
  if (minors.length > 0 && !c.minorsData) errors['consents.minorsData'] = '家里有不满 14 周岁的孩子，需要监护人同意'
  for (const m of minors) {
    if (!c.guardianConfirmedFor.includes(m.id))
      errors[`consents.guardian.${m.id}`] = '请确认你是这个孩子的监护人，并同意'
  }
  if (c.signatureFileId === null) errors['consents.signature'] = '请在授权书上签名（手写，或输入姓名确认）'
}

/** Errors that keep the user on `step`. Empty when the step is complete. */
export function validateStep(step: StepId, answers: DraftAnswers, today: string): FieldErrors {
  const errors: FieldErrors = {}
  switch (step) {
    case 'notice':
      if (answers.consents.privacyNoticeVersion === null) errors['notice'] = '请先阅读申请须知，再开始填写'
      break
    case 'programmes':
      if (answers.programmes.length === 0) errors['programmes'] = '请至少选择一个救助项目'
      break
    case 'applicant':
      validateApplicant(answers, today, errors)
      break
    case 'household':
      validateHousehold(answers, today, errors)
      break
    case 'income':
      validateIncome(answers, today, errors)
      break
    case 'materials':
      validateMaterials(answers, errors)
      break
    case 'consent':
      validateConsent(answers, today, errors)
      break
    case 'review':
      break
  }
  return errors
}

/** The first step (in order) that still has errors, with its errors; null when everything is complete. */
export function firstIncompleteStep(
  answers: DraftAnswers,
  today: string,
): { step: StepId; errors: FieldErrors } | null {
  for (const step of STEP_IDS) {
    const errors = validateStep(step, answers, today)
    if (Object.keys(errors).length > 0) return { step, errors }
  }
  return null
}
