/**
 * Server-side re-validation of a submission: the shape (valibot), then the same validators as the form
 * (ID numbers, phones) and the rules between fields. Returns the normalised payload or field errors with paths
 * like 'members[1].idNumber'. Nothing the client says about status or eligibility is read.
 */
import * as v from 'valibot'
import type { ApplicationPayload } from '@/services/applicationPayload'
import { validateIdNumber, normalizeIdNumber } from '@/domain/validation/idNumber'
import { validatePhone } from '@/domain/validation/phone'
import { validatePersonName } from '@/domain/validation/personName'
import { applicationPayloadSchema } from '@/services/applicationPayloadSchema'

export interface FieldError {
  path: string
  message: string
}

export type PayloadValidation = { ok: true; value: ApplicationPayload } | { ok: false; errors: FieldError[] }

const NAME_PATTERN = { test: (name: string) => validatePersonName(name).ok }

function pathOf(issue: v.BaseIssue<unknown>): string {
  let text = ''
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key
    text += typeof key === 'number' ? `[${key}]` : text ? `.${String(key)}` : String(key)
  }
  return text
}

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number)
  const [ty, tm, td] = today.split('-').map(Number)
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const d = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text
}

/** `today` is the server's China calendar date (YYYY-MM-DD). */
export function validateApplicationPayload(raw: unknown, today: string): PayloadValidation {
  const parsed = v.safeParse(applicationPayloadSchema, raw)
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.issues.slice(0, 20).map((i) => ({ path: pathOf(i) || '(整体)', message: '内容格式不对' })),
    }
  }
  const p = structuredCloneSafe(parsed.output) as ApplicationPayload
  const errors: FieldError[] = []
  const err = (path: string, message: string) => errors.push({ path, message })

  if (new Set(p.programmes).size !== p.programmes.length) err('programmes', '申请的救助项目有重复')

  // Applicant
  if (!NAME_PATTERN.test(p.applicant.name.trim())) err('applicant.name', '请填写申请人的真实姓名（2–25 个字）')
  const applicantId = validateIdNumber(p.applicant.idNumber, { today })
  if (!applicantId.ok) err('applicant.idNumber', applicantId.message)
  else p.applicant.idNumber = applicantId.value
  const phone = validatePhone(p.applicant.phone)
  if (!phone.ok) err('applicant.phone', phone.message)
  else p.applicant.phone = phone.value
  const { cityCode, countyCode, townCode } = p.applicant.region
  if (!/^14\d{2}$/.test(cityCode)) err('applicant.region.cityCode', '户籍地应在山西省内')
  if (!/^\d{6}$/.test(countyCode) || !countyCode.startsWith(cityCode))
    err('applicant.region.countyCode', '户籍地的县（市、区）不对')
  if (!/^\d{9}$/.test(townCode) || !townCode.startsWith(countyCode))
    err('applicant.region.townCode', '请选择户籍地的乡镇（街道）')
  if (p.applicant.address.trim().length < 2) err('applicant.address', '请填写现住址')

  // Agent
  if (p.agent) {
    if (!NAME_PATTERN.test(p.agent.name.trim())) err('agent.name', '请填写代办人的姓名')
    const agentPhone = validatePhone(p.agent.phone)
    if (!agentPhone.ok) err('agent.phone', agentPhone.message)
    else p.agent.phone = agentPhone.value
    if (!p.agent.relation.trim()) err('agent.relation', '请写明代办人和申请人的关系')
    if (!p.agent.applicantConsentConfirmed) err('agent.applicantConsentConfirmed', '代办需要申请人本人同意，请先确认')
  }

  // Members
  const selfMembers = p.members.filter((m) => m.relation === 'self')
  if (selfMembers.length !== 1) err('members', '家庭成员中必须有且只有一位是申请人本人')
  const memberIds = new Set<string>()
  const idNumbers = new Set<string>()
  const minors: string[] = []
  p.members.forEach((m, i) => {
    const at = `members[${i}]`
    if (memberIds.has(m.id)) err(`${at}.id`, '家庭成员编号重复')
    memberIds.add(m.id)
    if (!NAME_PATTERN.test(m.name.trim())) err(`${at}.name`, '请填写这位家庭成员的姓名')
    const id = validateIdNumber(m.idNumber, { today })
    if (!id.ok) {
      err(`${at}.idNumber`, id.message)
      return
    }
    m.idNumber = id.value
    if (idNumbers.has(id.value)) err(`${at}.idNumber`, '这个身份证号在家庭成员中出现了两次')
    idNumbers.add(id.value)
    if (m.birthDate !== id.birthDate) err(`${at}.birthDate`, '出生日期和身份证号不一致')
    if (ageOn(id.birthDate, today) < 14) minors.push(m.id)
    if (m.relation === 'self' && applicantId.ok && id.value !== applicantId.value)
      err(`${at}.idNumber`, '申请人本人的身份证号和申请人信息不一致')
  })

  // Money and programme-specific facts
  if (p.programmes.includes('rigid_expense') && p.rigidSpendingAnnualFen === null)
    err('rigidSpendingAnnualFen', '申请刚性支出困难家庭认定，需要填写近 12 个月的刚性支出')
  if (p.emergency) {
    if (!isRealDate(p.emergency.date) || p.emergency.date > today)
      err('emergency.date', '困难发生的日期不对（不能晚于今天）')
    if (!p.emergency.description.trim()) err('emergency.description', '请简单说明遇到的困难')
  }

  // Materials
  const itemIds = new Set<string>()
  p.materials.forEach((m, i) => {
    if (itemIds.has(m.itemId)) err(`materials[${i}].itemId`, '材料重复')
    itemIds.add(m.itemId)
    if (m.status === 'uploaded' && m.fileIds.length === 0) err(`materials[${i}].fileIds`, '标为已上传的材料没有文件')
  })

  // Consents (security.md: separate consent for sensitive data, minors need a guardian)
  const c = p.consents
  if (!c.privacyNoticeVersion.trim()) err('consents.privacyNoticeVersion', '请先阅读并同意个人信息处理规则')
  if (!c.incomeAndAssets) err('consents.incomeAndAssets', '需要同意核对家庭收入和财产，才能办理')
  const sensitiveHealth = p.members.some((m) => m.disability !== null || m.seriousIllness)
  if (sensitiveHealth && !c.healthAndDisability)
    err('consents.healthAndDisability', '填写了残疾或重病情况，需要同意处理健康信息')
  if (minors.length > 0) {
    if (!c.minorsData) err('consents.minorsData', '家里有未满 14 岁的孩子，需要监护人同意处理孩子的信息')
    const missing = minors.filter((id) => !c.guardianConfirmedFor.includes(id))
    if (missing.length > 0) err('consents.guardianConfirmedFor', '每位未满 14 岁的孩子都需要监护人确认')
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: p }
}

function structuredCloneSafe<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** The applicant's normalised ID number, for the duplicate rule (only after validation). */
export function applicantIdOf(payload: ApplicationPayload): string {
  return normalizeIdNumber(payload.applicant.idNumber)
}
