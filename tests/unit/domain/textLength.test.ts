import { codePointLength } from '@/domain/textLength'

describe('codePointLength', () => {
  it('counts characters as a person does', () => {
    expect(codePointLength('')).toBe(0)
    expect(codePointLength('房子着火')).toBe(4)
    expect(codePointLength('𠮷')).toBe(1)
    expect('𠮷'.length).toBe(2)
    expect(codePointLength('a\nb')).toBe(3)
  })
})
