/**
 * Imported only by the policy subpackage's pages: hands the full article library (policies.json) to the mock
 * backend, so the JSON is bundled in this subpackage and not in the main package.
 */
import { attachPolicyLibrary } from '@/services/serviceRegistry'

attachPolicyLibrary(() => require('@/content/generated/policies.json'))
