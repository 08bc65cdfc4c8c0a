/**
 * Eligibility pre-check from the command line (spec §1):
 *   npm run --silent precheck -- --input household.json [--params params.json]
 * Prints the result JSON on stdout (exit 0). Bad flags, unreadable files, input that fails validation or a
 * parameter table that fails its schema: a message on stderr and exit 2.
 */
import { readFileSync } from 'node:fs'
import { loadParams, describeParamsIssues, type EligibilityParams } from '@/domain/eligibility/params/eligibilityParams'
import { bundledShanxiParams } from '@/domain/eligibility/params/bundledParams'
import { precheck } from '@/domain/eligibility/precheck'

const USAGE = '用法：npm run --silent precheck -- --input 家庭信息.json [--params 参数表.json]'
const EXIT_USAGE_OR_INPUT = 2

class CliError extends Error {}

function parseFlags(argv: readonly string[]): { input: string; params: string | null } {
  let input: string | null = null
  let params: string | null = null
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag !== '--input' && flag !== '--params') throw new CliError(`不认识的参数「${flag}」\n${USAGE}`)
    const value = argv[i + 1]
    if (value === undefined || value.startsWith('--')) throw new CliError(`${flag} 后面需要一个文件路径\n${USAGE}`)
    if (flag === '--input') input = value
    else params = value
    i++
  }
  if (input === null) throw new CliError(`缺少 --input\n${USAGE}`)
  return { input, params }
}

function readJson(path: string, what: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new CliError(`无法读取${what}文件 ${path}：${(error as Error).message}`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new CliError(`${what}文件 ${path} 不是有效的 JSON：${(error as Error).message}`)
  }
}

function run(argv: readonly string[]): number {
  const flags = parseFlags(argv)
  let params: EligibilityParams = bundledShanxiParams
  if (flags.params !== null) {
    const loaded = loadParams(readJson(flags.params, '参数表'))
    if (!loaded.ok) throw new CliError(`参数表 ${flags.params} 无效：\n${describeParamsIssues(loaded.issues)}`)
    params = loaded.value
  }
  const outcome = precheck(readJson(flags.input, '家庭信息'), params)
  if (!outcome.ok) {
    const lines = outcome.issues.map((issue) => `  ${issue.path || '(整体)'}：${issue.message}`)
    throw new CliError(`输入 ${flags.input} 有误：\n${lines.join('\n')}`)
  }
  process.stdout.write(`${JSON.stringify(outcome.value, null, 2)}\n`)
  return 0
}

try {
  process.exitCode = run(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof CliError)) throw error
  process.stderr.write(`${error.message}\n`)
  process.exitCode = EXIT_USAGE_OR_INPUT
}
