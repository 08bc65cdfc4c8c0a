import { EMERGENCY_DESCRIPTION_MAX, validateStep } from '@/features/apply/model/applySteps'
import { TODAY, threePersonAnswers } from '../../support/applicationFixtures'

function withDescription(description: string) {
  const a = threePersonAnswers()
  a.hasEmergency = true
  a.emergency = { type: 'fire', date: '2026-03-01', description }
  return validateStep('income', a, TODAY)['emergency.description']
}

describe('emergency description length', () => {
  it('takes up to the limit in characters, counting a rare character once', () => {
    expect(withDescription('房子着火了')).toBeUndefined()
    expect(withDescription('𠮷'.repeat(EMERGENCY_DESCRIPTION_MAX))).toBeUndefined()
  })

  it('asks to shorten a description over the limit', () => {
    expect(withDescription('火'.repeat(EMERGENCY_DESCRIPTION_MAX + 1))).toBe('最多写 200 个字，请删掉一些')
  })

  it('still asks for at least 4 characters', () => {
    expect(withDescription('着火')).toBe('请简单说说发生了什么，至少 4 个字')
  })
})
