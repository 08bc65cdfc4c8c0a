/**
 * The "no number without a source or a 参考值 mark" rule for policy content.
 *
 * Checked text: every `text` node of an article (body, including headings, tables, notes, links, strong
 * and emphasis), the title, the summary and the 明白卡 fields. Not checked: `cited` and `reference` nodes
 * (they ARE the marks), hrefs, and the `sources` metadata.
 *
 * In checked text, after the exempt spans below are removed:
 * - any ASCII or full-width digit is a violation;
 * - a Chinese-numeral quantity with a unit (e.g. 三个月, 两倍, 十五个工作日) is a violation too,
 *   so the rule cannot be dodged by spelling numbers out.
 *
 * Exempt spans (identifiers and calendar dates, not amounts):
 * - dates: 2021年, 2021年6月, 2021年6月11日, 6月11日, 2021-06-11;
 * - document numbers: 〔2021〕57号, 令第649号;
 * - article references of a law: 第11条, 第47–49条, 第11、13条.
 */

const EXEMPT: readonly RegExp[] = [
  /\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?/g,
  /\d{1,2}月\d{1,2}日/g,
  /\d{4}-\d{2}-\d{2}/g,
  /〔\d{4}〕\d+号/g,
  /令第\d+号/g,
  /第\d+(?:\s*[、，,–-]\s*\d+)*条/g,
]

const DIGIT = /[0-9０-９]/
const CHINESE_QUANTITY =
  /[零〇一二两三四五六七八九十百千万]+\s*(?:个)?\s*(?:元|倍|天|日|工作日|个工作日|月|周岁|岁|年|%|％)/

export interface NumberViolation {
  /** Where the text came from, e.g. "body", "title", "card.standard". */
  where: string
  /** The offending text (after exempt spans were removed, trimmed to 80 chars around the hit). */
  excerpt: string
}

/** Returns the offending excerpt, or null when the text passes the rule. */
export function unmarkedNumberIn(text: string): string | null {
  let rest = text
  for (const pattern of EXEMPT) rest = rest.replace(pattern, ' ')
  const digit = DIGIT.exec(rest)
  const chinese = CHINESE_QUANTITY.exec(rest)
  const hit = digit ?? chinese
  if (!hit) return null
  const from = Math.max(0, hit.index - 30)
  return rest.slice(from, hit.index + 50)
}
