import { buildApplicationPayload } from '@/features/apply/model/applicationPayloadBuilder'
import { validateStep } from '@/features/apply/model/applySteps'
import { recommendMaterials } from '@/features/apply/model/materialsRecommendation'
import { TODAY, makeId, threePersonAnswers } from '../../support/applicationFixtures'

describe('buildApplicationPayload', () => {
  it('builds the agreed DTO from a complete 3-person 低保 draft, money in integer fen', () => {
    const result = buildApplicationPayload(threePersonAnswers(), TODAY)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    const p = result.payload
    expect(p.programmes).toEqual(['dibao'])
    expect(p.applicant.region).toEqual({ cityCode: '1411', countyCode: '141124', townCode: '141124100' })
    expect(p.members.map((m) => m.relation)).toEqual(['self', 'spouse', 'child'])
    expect(p.members[0].name).toBe('王建国')
    expect(p.members[0].idNumber).toBe(p.applicant.idNumber)
    expect(p.members[0].birthDate).toBe('1980-05-12')
    expect(p.members[0].incomeMonthlyFen).toEqual({ wage: 80000, business: 0, property: 0, transfer: 0, exempt: 0 })
    expect(p.members[1].incomeMonthlyFen.business).toBe(120050)
    expect(p.assets).toEqual({
      depositsFen: 300000,
      vehicles: 0,
      homes: 0,
      registeredBusiness: false,
      meetsLocalRules: null,
    })
    expect(p.agent).toBeNull()
    expect(p.emergency).toBeNull()
    expect(p.materials).toEqual([
      { itemId: 'id_card', status: 'later', fileIds: [] },
      { itemId: 'hukou', status: 'uploaded', fileIds: ['f-1'] },
      { itemId: 'student_proof', status: 'later', fileIds: [] },
    ])
    expect(p.consents.guardianConfirmedFor).toEqual(['m-child'])
    expect(p.consents.minorsData).toBe(true)
    expect(p.consents.authorisationSignatureFileId).toBe('sig-1')
  })

  it('normalises what was typed: spaces in the ID, +86 phone, lower-case x', () => {
    const a = threePersonAnswers()
    const id = makeId('140105', '19900101', '002')
    a.applicant.idNumber = ` ${id.slice(0, 6)} ${id.slice(6)} `.toLowerCase()
    a.applicant.phone = '+86 138-1234-5678'
    const result = buildApplicationPayload(a, TODAY)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.payload.applicant.idNumber).toBe(id.toUpperCase())
    expect(result.payload.applicant.phone).toBe('13812345678')
  })

  it('refuses to build and names the step when something is missing', () => {
    const a = threePersonAnswers()
    a.members[2].idNumber = '14112420160101351'
    const result = buildApplicationPayload(a, TODAY)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.step).toBe('household')
    expect(Object.keys(result.errors)).toEqual(['members.m-child.idNumber'])
  })

  it('needs guardian confirmation for each child under 14, and consent for health data when there is any', () => {
    const a = threePersonAnswers()
    a.consents.guardianConfirmedFor = []
    a.members[1].seriousIllness = true
    const errors = validateStep('consent', a, TODAY)
    expect(errors['consents.guardian.m-child']).toBeDefined()
    expect(errors['consents.healthAndDisability']).toBeDefined()
  })

  it('warns-free validation: blank income means 0, a typo in money is an error next to the field', () => {
    const a = threePersonAnswers()
    a.members[1].income.wage = '12.345'
    expect(Object.keys(validateStep('income', a, TODAY))).toEqual(['income.m-spouse.wage'])
  })

  it('recommends materials from the answers', () => {
    const a = threePersonAnswers()
    expect(recommendMaterials(a).map((m) => m.id)).toEqual(['id_card', 'hukou', 'student_proof'])
    a.members[1].disabilityCategory = 'limb'
    a.actingForOther = true
    a.programmes.push('temporary')
    a.emergency.type = 'fire'
    expect(recommendMaterials(a).map((m) => m.id)).toEqual([
      'id_card',
      'hukou',
      'agent_id',
      'disability_card',
      'student_proof',
      'emergency_proof',
    ])
  })
})
