/** Validation problems as path + Chinese message, shared by the input validator and the parameter-table loader. */
import type * as v from 'valibot'

export interface InputIssue {
  /** e.g. "members[1].birthDate"; "" for the value as a whole. */
  readonly path: string
  readonly message: string
}

export type ValidationOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: InputIssue[] }

export function formatIssuePath(path: readonly { readonly key: unknown }[] | undefined): string {
  if (!path) return ''
  let text = ''
  for (const item of path) {
    if (typeof item.key === 'number') text += `[${item.key}]`
    else text += text === '' ? String(item.key) : `.${String(item.key)}`
  }
  return text
}

/**
 * Turns a valibot issue into path + message. Missing and unknown object keys get their own wording, using
 * `fieldLabels` (key → Chinese name) for the missing field's name.
 */
export function describeIssue(issue: v.BaseIssue<unknown>, fieldLabels: Readonly<Record<string, string>>): InputIssue {
  const path = formatIssuePath(issue.path)
  const lastKey = issue.path?.[issue.path.length - 1]?.key
  const label = typeof lastKey === 'string' ? (fieldLabels[lastKey] ?? lastKey) : ''
  const isObjectIssue = issue.type === 'strict_object' || issue.type === 'object'
  if (isObjectIssue && issue.path && issue.path.length > 0) {
    if (issue.expected === 'never') return { path, message: `不认识的字段「${String(lastKey)}」（请检查拼写）` }
    if (issue.received === 'undefined') return { path, message: `缺少必填字段：${label}` }
  }
  if (isObjectIssue) return { path, message: `${path === '' ? '输入' : label || '此项'}应为 JSON 对象` }
  return { path, message: issue.message }
}
