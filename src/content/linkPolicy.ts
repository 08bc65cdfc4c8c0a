/**
 * Which link targets may appear in policy content. Used by the build-time compiler and meant to be
 * re-checked by the renderer before navigating (defence in depth: React 18 does not block javascript: URLs).
 */

/** Internal app routes an article may link to. */
export const INTERNAL_ROUTE_PREFIXES = ['/pages/', '/packages/'] as const

/** Government hosts an article body may link to (the host itself and, where marked, its subdomains). */
export const EXTERNAL_HOST_ALLOW_LIST: readonly { host: string; subdomains: boolean }[] = [
  { host: 'www.gov.cn', subdomains: false }, // 中国政府网
  { host: 'mca.gov.cn', subdomains: true }, // 民政部
  { host: 'shanxi.gov.cn', subdomains: true }, // 山西省人民政府 and its departments
  { host: 'stats.gov.cn', subdomains: true }, // 国家统计局 (incl. sxzd.stats.gov.cn 山西调查总队)
  { host: 'npc.gov.cn', subdomains: true }, // 全国人大 (国家法律法规数据库 flk.npc.gov.cn)
  { host: 'nhsa.gov.cn', subdomains: true }, // 国家医疗保障局
]

const INTERNAL_ROUTE = /^\/(?:pages|packages)(?:\/[A-Za-z0-9_-]+)+(?:\?[A-Za-z0-9_=&-]*)?$/

export type HrefDecision = { ok: true; href: string; external: boolean } | { ok: false; reason: string }

function hostAllowed(hostname: string): boolean {
  return EXTERNAL_HOST_ALLOW_LIST.some(
    ({ host, subdomains }) => hostname === host || (subdomains && hostname.endsWith(`.${host}`)),
  )
}

/** Decides whether `raw` may be a link target. Anything not positively allowed is refused. */
export function classifyHref(raw: string): HrefDecision {
  // Control characters, whitespace and backslashes have no place in a link we wrote ourselves.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/.test(raw)) {
    return { ok: false, reason: 'whitespace, control or backslash character' }
  }
  if (raw.startsWith('/')) {
    if (!INTERNAL_ROUTE.test(raw)) return { ok: false, reason: 'not an internal route' }
    if (!INTERNAL_ROUTE_PREFIXES.some((prefix) => raw.startsWith(prefix))) {
      return { ok: false, reason: 'route prefix not allowed' }
    }
    return { ok: true, href: raw, external: false }
  }
  if (!raw.startsWith('https://')) return { ok: false, reason: 'only https:// or internal routes' }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { ok: false, reason: 'unparseable url' }
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'not https' }
  if (url.username || url.password) return { ok: false, reason: 'credentials in url' }
  if (url.port) return { ok: false, reason: 'explicit port' }
  if (!hostAllowed(url.hostname)) return { ok: false, reason: `host not on the allow-list: ${url.hostname}` }
  return { ok: true, href: url.href, external: true }
}

/** True for hosts under gov.cn (used to flag sources that are official pages). */
export function isGovHost(hostname: string): boolean {
  return hostname === 'gov.cn' || hostname.endsWith('.gov.cn')
}
