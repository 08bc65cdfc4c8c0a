/** Runs scripts/precheck.ts as a child process, the way `npm run --silent precheck -- …` does. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import shanxiTable from '@/domain/eligibility/params/shanxi.json'

const ROOT = join(__dirname, '..', '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'households')

function runCli(...args: string[]) {
  const run = spawnSync(TSX, ['scripts/precheck.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'precheck-')), name)
  writeFileSync(path, content)
  return path
}

jest.setTimeout(60_000)

describe('precheck CLI', () => {
  it('prints the result JSON and exits 0 for a valid household', () => {
    const run = runCli('--input', join(FIXTURES, 'lvliang-linxian-rural-3.json'))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.paramsVersion).toBe('shanxi-2025-11')
    expect(result.household).toMatchObject({ size: 3, incomeMonthlyFen: 160000, perCapitaMonthlyFen: 53333 })
    expect(result.programs[0]).toMatchObject({ program: 'dibao', status: 'likely', estimatedMonthlyFen: 6500 })
  })

  it('exits 2 and names the field and the expectation for invalid input', () => {
    const raw = JSON.parse(JSON.stringify(require(join(FIXTURES, 'lvliang-linxian-rural-3.json'))))
    raw.members[1].birthDate = '1977-02-30'
    const run = runCli('--input', tempFile('bad.json', JSON.stringify(raw)))
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('members[1].birthDate：出生日期应为 YYYY-MM-DD 格式的真实日期')
  })

  it('exits 2 for an asOf before the first 低保标准', () => {
    const raw = JSON.parse(JSON.stringify(require(join(FIXTURES, 'lvliang-linxian-rural-3.json'))))
    raw.asOf = '2020-01-01'
    raw.members = raw.members.filter((m: { birthDate: string }) => m.birthDate < '2020-01-01')
    const run = runCli('--input', tempFile('early.json', JSON.stringify(raw)))
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('asOf：参数表中没有 2020-01-01 适用的农村低保标准')
  })

  it('exits 2 for missing or unknown flags, unreadable files and broken JSON', () => {
    expect(runCli()).toMatchObject({ code: 2, stderr: expect.stringContaining('缺少 --input') })
    expect(runCli('--input')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--input 后面需要一个文件路径'),
    })
    expect(runCli('--file', 'x.json')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('不认识的参数「--file」'),
    })
    expect(runCli('--input', join(FIXTURES, 'nope.json'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('无法读取家庭信息文件'),
    })
    expect(runCli('--input', tempFile('broken.json', '{"asOf": '))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('不是有效的 JSON'),
    })
  })

  it('uses --params instead of the bundled table, and rejects an invalid one', () => {
    const table = JSON.parse(JSON.stringify(shanxiTable))
    table.paramsVersion = 'test-table'
    table.dibaoStandardMonthlyFen.province.rural[1].value = 60000
    const good = runCli(
      '--input',
      join(FIXTURES, 'lvliang-linxian-rural-3.json'),
      '--params',
      tempFile('p.json', JSON.stringify(table)),
    )
    expect(good.code).toBe(0)
    expect(JSON.parse(good.stdout)).toMatchObject({ paramsVersion: 'test-table', standard: { monthlyFen: 60000 } })

    table.tekunMultiplier[0].value = 1.3
    const bad = runCli(
      '--input',
      join(FIXTURES, 'lvliang-linxian-rural-3.json'),
      '--params',
      tempFile('p.json', JSON.stringify(table)),
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('tekunMultiplier[0].value')
  })

  it('evaluates every sample household', () => {
    for (const name of ['taiyuan-xiaodian-urban-2-at-standard.json', 'lvliang-lishi-rural-4-disabled-member.json']) {
      const run = runCli('--input', join(FIXTURES, name))
      expect(run.code).toBe(0)
      expect(JSON.parse(run.stdout).programs.length).toBeGreaterThan(3)
    }
  })
})
