import { propertyRuns } from '../support/propertyRuns'

describe('propertyRuns', () => {
  const saved = process.env.PROPERTY_RUNS_CAP
  afterEach(() => {
    if (saved === undefined) delete process.env.PROPERTY_RUNS_CAP
    else process.env.PROPERTY_RUNS_CAP = saved
  })

  it('gives the full number when no cap is set (npm test)', () => {
    delete process.env.PROPERTY_RUNS_CAP
    expect(propertyRuns(1500)).toBe(1500)
  })

  it('caps at PROPERTY_RUNS_CAP and never raises a smaller number', () => {
    process.env.PROPERTY_RUNS_CAP = '100'
    expect(propertyRuns(1500)).toBe(100)
    expect(propertyRuns(40)).toBe(40)
  })

  it('ignores a cap that is not a positive integer', () => {
    for (const bad of ['', '0', '-5', '2.5', 'many']) {
      process.env.PROPERTY_RUNS_CAP = bad
      expect(propertyRuns(300)).toBe(300)
    }
  })
})
