import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const script = join(__dirname, '../../../scripts/combineMutationReports.mjs')
const FILE = 'src/domain/money.ts'
const OLD_SOURCE = 'one\ntwo\nthree\nfour\n'
// A line inserted after line 1 and line 3 edited: old 1→1, 2→3, 4→5; old 3 is gone.
const NEW_SOURCE = 'one\ninserted\ntwo\nTHREE\nfour\n'

type Status = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout'
function mutant(id: string, line: number, status: Status, extra: Record<string, unknown> = {}) {
  return {
    id,
    mutatorName: 'StringLiteral',
    replacement: `"${id}"`,
    location: { start: { line, column: 1 }, end: { line, column: 4 } },
    status,
    ...extra,
  }
}

function project(newSource = NEW_SOURCE): string {
  const dir = mkdtempSync(join(tmpdir(), 'mutation-'))
  mkdirSync(join(dir, 'src/domain'), { recursive: true })
  writeFileSync(join(dir, FILE), newSource)
  const base = {
    files: {
      [FILE]: {
        source: OLD_SOURCE,
        mutants: [
          mutant('a', 1, 'Survived', { static: true }),
          mutant('b', 2, 'Killed'),
          mutant('c', 3, 'Killed'),
          mutant('d', 4, 'Survived'),
        ],
      },
    },
  }
  // A run with ignoreStatic off, on the same old source, killed the static mutant 'a'.
  const statics = { files: { [FILE]: { source: OLD_SOURCE, mutants: [mutant('a', 1, 'Killed', { static: true })] } } }
  writeFileSync(join(dir, 'base.json'), JSON.stringify(base))
  writeFileSync(join(dir, 'static.json'), JSON.stringify(statics))
  return dir
}

function run(dir: string, args: string[]): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync('node', [script, ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' }) }
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    return { status: e.status, output: e.stdout + e.stderr }
  }
}

describe('combineMutationReports', () => {
  it('plans a run of the changed lines and of what survived, at their new lines', () => {
    const dir = project()
    const result = run(dir, ['plan', '--bases', 'base.json', '--statics', 'static.json', '--out', 'ranges.json'])
    expect(result.status).toBe(0)
    expect(result.output).toContain('dropped (changed code) 1')
    const ranges: string[] = JSON.parse(readFileSync(join(dir, 'ranges.json'), 'utf8'))
    // Inserted line 2 and edited line 4; the survivor of old line 4 is now on line 5; the static mutant the static
    // run killed is not planned again, nor is the killed mutant on an unchanged line.
    expect(ranges).toEqual([`${FILE}:2-2`, `${FILE}:4-4`, `${FILE}:5:0-5:4`])
  })

  it('plans the lines around code that was only deleted', () => {
    const dir = project('one\ntwo\nfour\n')
    expect(run(dir, ['plan', '--bases', 'base.json', '--out', 'ranges.json']).status).toBe(0)
    const ranges: string[] = JSON.parse(readFileSync(join(dir, 'ranges.json'), 'utf8'))
    // Old line 3 was deleted: lines 2 and 3 are where it was; 'a' (static, no static report here) and 'd' survived.
    expect(ranges).toEqual([`${FILE}:1:0-1:4`, `${FILE}:2-2`, `${FILE}:3-3`, `${FILE}:3:0-3:4`])
  })

  it('scores the carried-over results with the targeted run replacing them', () => {
    const dir = project()
    const targeted = {
      files: {
        [FILE]: {
          source: NEW_SOURCE,
          mutants: [mutant('d', 5, 'Killed'), mutant('e', 4, 'Survived'), mutant('f', 2, 'Timeout')],
        },
      },
    }
    writeFileSync(join(dir, 'targeted.json'), JSON.stringify(targeted))
    const result = run(dir, [
      'score',
      '--bases',
      'base.json',
      '--statics',
      'static.json',
      '--targeted',
      'targeted.json',
    ])
    expect(result.status).toBe(0)
    // a (static, killed by the static run), b (carried to line 3), d (now killed), f (timed out) detected; e survived.
    expect(result.output).toContain('| validation, masking, money | 5 | 3 | 1 | 1 | 0 | 0 | **80.00 %** |')
    expect(result.output).toContain('| all | 5 | 3 | 1 | 1 | 0 | 0 | **80.00 %** |')
    expect(readFileSync(join(dir, 'reports/mutation/survivors.txt'), 'utf8')).toBe(
      `${FILE}:4 StringLiteral: THREE => "e"\n`,
    )
  })

  it('refuses a targeted run made on another version of a file', () => {
    const dir = project()
    const stale = { files: { [FILE]: { source: OLD_SOURCE, mutants: [] } } }
    writeFileSync(join(dir, 'targeted.json'), JSON.stringify(stale))
    const result = run(dir, ['score', '--bases', 'base.json', '--targeted', 'targeted.json'])
    expect(result.status).toBe(1)
    expect(result.output).toContain('the targeted run saw another version of src/domain/money.ts')
  })

  it('explains its usage', () => {
    const result = run(project(), ['score'])
    expect(result.status).toBe(2)
    expect(result.output).toContain('usage:')
  })
})
