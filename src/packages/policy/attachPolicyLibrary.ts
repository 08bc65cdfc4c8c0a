/**
 * Imported only by the policy subpackage's pages (article, 全文搜索): hands the full article library (policies.json, validated by
 * src/content/policyLibrary.ts) to the mock backend, so the JSON is bundled in this subpackage and not in the
 * main package. The 政策 tab lists articles from the small generated index instead.
 */
import { registerPolicyLibrary } from '@/services/serviceRegistry'
import { policyLibrary } from '@/content/policyLibrary'

registerPolicyLibrary(policyLibrary)
