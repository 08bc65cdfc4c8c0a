/** The bundled Shanxi parameter table, validated once when this module is first imported. */
import shanxiTable from './shanxi.json'
import { describeParamsIssues, loadParams, type EligibilityParams } from './eligibilityParams'

function loadBundled(): EligibilityParams {
  const loaded = loadParams(shanxiTable)
  if (!loaded.ok) throw new Error(`内置参数表 shanxi.json 无效：\n${describeParamsIssues(loaded.issues)}`)
  return loaded.value
}

export const bundledShanxiParams: EligibilityParams = loadBundled()
