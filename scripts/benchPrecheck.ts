/**
 * Benchmark (not a test): evaluations per second of the eligibility pre-check for a 4-member household on one
 * core. Input is validated once, parameters are loaded once, as in the app. Target ≥ 200,000 / s.
 *   npm run bench:precheck [-- --seconds 3]
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluate } from '@/domain/eligibility/evaluate'
import { bundledShanxiParams } from '@/domain/eligibility/params/bundledParams'
import { validateEligibilityInput } from '@/domain/eligibility/validateEligibilityInput'

const TARGET_PER_SECOND = 200_000
const secondsFlag = process.argv.indexOf('--seconds')
const seconds = secondsFlag > 0 ? Number(process.argv[secondsFlag + 1]) : 3

const fixture = join(__dirname, '..', 'tests', 'fixtures', 'households', 'lvliang-lishi-rural-4-disabled-member.json')
const validated = validateEligibilityInput(JSON.parse(readFileSync(fixture, 'utf8')))
if (!validated.ok) throw new Error(`benchmark fixture is invalid: ${JSON.stringify(validated.issues)}`)
const input = validated.value

let sink = 0
function runFor(milliseconds: number): number {
  const end = performance.now() + milliseconds
  let count = 0
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i++) {
      const outcome = evaluate(input, bundledShanxiParams)
      if (outcome.ok) sink += outcome.value.programs.length
    }
    count += 1000
  }
  return count
}

runFor(500) // warm-up
const started = performance.now()
const cpuBefore = process.cpuUsage()
const count = runFor(seconds * 1000)
const wallSeconds = (performance.now() - started) / 1000
const cpu = process.cpuUsage(cpuBefore)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
const perWallSecond = Math.round(count / wallSeconds)
// Per CPU-second is the figure for "one core": it does not drop when other processes share the machine.
const perCpuSecond = Math.round(count / cpuSeconds)
const format = (n: number) => n.toLocaleString('en-US')
process.stdout.write(
  `eligibility evaluate, ${input.members.length}-member household, ${format(count)} evaluations\n` +
    `  per CPU-second:  ${format(perCpuSecond)} /s (target ≥ ${format(TARGET_PER_SECOND)}: ${perCpuSecond >= TARGET_PER_SECOND ? 'met' : 'NOT met'})\n` +
    `  per wall-second: ${format(perWallSecond)} /s${sink > 0 ? '' : ' (no results?)'}\n`,
)
