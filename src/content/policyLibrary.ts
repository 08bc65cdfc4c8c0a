/**
 * Loads the compiled policy library (src/content/generated/policies.json, produced by `npm run content`)
 * and validates it with the strict schema before anything renders it.
 */
import type { PolicyArticle, PolicyLibrary, ProgrammeId } from './policyNodes'
import { parsePolicyLibrary } from './policyLibrarySchema'

let cached: PolicyLibrary | null = null

export function policyLibrary(): PolicyLibrary {
  if (cached) return cached
  let raw: unknown
  try {
    // `require` keeps type checking independent of the generated (git-ignored) file.
    raw = require('./generated/policies.json')
  } catch {
    throw new Error('src/content/generated/policies.json 不存在：先运行 npm run content')
  }
  const parsed = parsePolicyLibrary(raw)
  if (!parsed.ok) throw new Error(`policies.json 格式不对：${parsed.issues.join('; ')}`)
  cached = parsed.value
  return cached
}

export function articleBySlug(library: PolicyLibrary, slug: string): PolicyArticle | null {
  return library.articles.find((a) => a.slug === slug) ?? null
}

export function articleForProgramme(library: PolicyLibrary, programme: ProgrammeId): PolicyArticle | null {
  return library.articles.find((a) => a.programme === programme) ?? null
}

/** Simple search over title, summary, keywords and pinyin initials ("db" finds 低保). */
export function searchArticles(library: PolicyLibrary, query: string): PolicyArticle[] {
  const q = query.trim().toLowerCase()
  if (!q) return library.articles
  return library.articles.filter(
    (a) =>
      a.title.includes(q) ||
      a.summary.includes(q) ||
      a.keywords.some((k) => k.includes(q)) ||
      a.initials.some((i) => i.startsWith(q)),
  )
}
