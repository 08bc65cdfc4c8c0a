/**
 * Mock policy backend. It serves the compiled content as a server would: raw JSON in, validated out.
 * The data is injected as loaders, so the small index can live in the main package while the full library
 * ships in the policy subpackage (see src/services/serviceRegistry.ts attachPolicyLibrary).
 */
import { parsePolicyLibrary, type PolicyLibrary } from '../src/content/policyNodes'
import { parsePolicyIndex, type PolicyIndex } from '../src/content/policySummaries'
import type { PolicyArticleResponse, PolicyService } from '../src/services/policyService'
import type { ServiceResult } from '../src/services/serviceErrors'

export interface MockPolicyData {
  /** The raw index JSON (policySummaries.json). */
  loadIndex: () => unknown
  /** The raw library JSON (policies.json), or null when it has not been attached yet. */
  loadLibrary: () => unknown | null
}

export interface MockPolicyOptions {
  /** Simulated network latency in ms (0 in tests). */
  latencyMs?: number
}

const SLUG = /^[a-z0-9-]{1,64}$/

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createMockPolicyService(data: MockPolicyData, options: MockPolicyOptions = {}): PolicyService {
  const latency = options.latencyMs ?? 0
  let index: PolicyIndex | null = null
  let library: PolicyLibrary | null = null

  const serverError = (message: string): ServiceResult<never> => ({ ok: false, error: { code: 'server', message } })

  return {
    async list() {
      if (latency) await delay(latency)
      if (!index) {
        const parsed = parsePolicyIndex(data.loadIndex())
        if (!parsed.ok) return serverError('政策列表暂时打不开，请稍后再试。')
        index = parsed.value
      }
      return { ok: true, value: index }
    },
    async get(slug) {
      if (latency) await delay(latency)
      if (!SLUG.test(slug)) return { ok: false, error: { code: 'not_found', message: '没有找到这篇政策说明。' } }
      if (!library) {
        const raw = data.loadLibrary()
        if (raw === null) return serverError('政策内容暂时打不开，请稍后再试。')
        const parsed = parsePolicyLibrary(raw)
        if (!parsed.ok) return serverError('政策内容暂时打不开，请稍后再试。')
        library = parsed.value
      }
      const article = library.articles.find((a) => a.slug === slug)
      if (!article) return { ok: false, error: { code: 'not_found', message: '没有找到这篇政策说明。' } }
      const value: PolicyArticleResponse = { article, disclaimer: library.disclaimer }
      return { ok: true, value }
    },
  }
}
