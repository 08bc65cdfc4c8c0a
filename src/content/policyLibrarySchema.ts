/**
 * The strict valibot schema of the policy library (src/content/policyNodes.ts has the types it must agree
 * with). Imported where the full library is loaded (src/content/policyLibrary.ts, policy subpackage) and by
 * the content compiler, never by the main package.
 */
import * as v from 'valibot'
import {
  POLICY_CATEGORIES,
  PROGRAMME_IDS,
  type BlockNode,
  type InlineNode,
  type PolicyArticle,
  type PolicyCategory,
  type PolicyLibrary,
} from './policyNodes'

// ─── Valibot schema (validates the generated JSON at load) ────────────────────────────────────────────

const nonEmpty = v.pipe(v.string(), v.minLength(1))
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))
const isoReducedDate = v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/))

export const inlineNodeSchema: v.GenericSchema<InlineNode> = v.lazy(() =>
  v.variant('type', [
    v.strictObject({ type: v.literal('text'), text: nonEmpty }),
    v.strictObject({ type: v.literal('strong'), children: v.array(inlineNodeSchema) }),
    v.strictObject({ type: v.literal('emphasis'), children: v.array(inlineNodeSchema) }),
    v.strictObject({
      type: v.literal('link'),
      href: nonEmpty,
      external: v.boolean(),
      children: v.array(inlineNodeSchema),
    }),
    v.strictObject({ type: v.literal('cited'), text: nonEmpty, sourceIds: v.pipe(v.array(nonEmpty), v.minLength(1)) }),
    v.strictObject({ type: v.literal('reference'), text: nonEmpty, sourceIds: v.array(nonEmpty) }),
  ]),
)

const cellSchema = v.strictObject({
  type: v.literal('cell'),
  align: v.nullable(v.picklist(['left', 'center', 'right'])),
  children: v.array(inlineNodeSchema),
})

export const blockNodeSchema: v.GenericSchema<BlockNode> = v.lazy(() =>
  v.variant('type', [
    v.strictObject({
      type: v.literal('heading'),
      level: v.picklist([2, 3, 4]),
      id: nonEmpty,
      children: v.array(inlineNodeSchema),
    }),
    v.strictObject({ type: v.literal('paragraph'), children: v.array(inlineNodeSchema) }),
    v.strictObject({
      type: v.literal('list'),
      ordered: v.boolean(),
      start: v.pipe(v.number(), v.integer()),
      items: v.array(v.strictObject({ type: v.literal('item'), children: v.array(blockNodeSchema) })),
    }),
    v.strictObject({ type: v.literal('table'), header: v.array(cellSchema), rows: v.array(v.array(cellSchema)) }),
    v.strictObject({ type: v.literal('note'), children: v.array(blockNodeSchema) }),
  ]),
)

const sourceSchema = v.strictObject({
  id: nonEmpty,
  title: nonEmpty,
  url: v.pipe(v.string(), v.regex(/^https?:\/\//)),
  confidence: v.picklist(['verified', 'secondary', 'unverified']),
  note: v.nullable(v.string()),
  govDomain: v.boolean(),
})

const cardSchema = v.strictObject({
  category: nonEmpty,
  standard: v.array(inlineNodeSchema),
  office: v.array(inlineNodeSchema),
  supervision: v.array(inlineNodeSchema),
})

export const policyArticleSchema = v.strictObject({
  slug: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  title: nonEmpty,
  summary: nonEmpty,
  programme: v.nullable(v.picklist(PROGRAMME_IDS)),
  category: v.picklist(Object.keys(POLICY_CATEGORIES) as PolicyCategory[]),
  order: v.pipe(v.number(), v.integer()),
  appliesFrom: isoReducedDate,
  appliesFromBasis: nonEmpty,
  updated: isoDate,
  keywords: v.array(nonEmpty),
  initials: v.array(v.pipe(v.string(), v.regex(/^[a-z]+$/))),
  sources: v.pipe(v.array(sourceSchema), v.minLength(1)),
  card: v.nullable(cardSchema),
  sections: v.array(v.strictObject({ id: nonEmpty, title: nonEmpty })),
  body: v.array(blockNodeSchema),
})

export const policyLibrarySchema = v.strictObject({
  format: v.literal(1),
  disclaimer: nonEmpty,
  articles: v.array(policyArticleSchema),
})

// Compile-time check that the schema and the hand-written types agree in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _articleTypesAgree: Same<v.InferOutput<typeof policyArticleSchema>, PolicyArticle> = true
const _libraryTypesAgree: Same<v.InferOutput<typeof policyLibrarySchema>, PolicyLibrary> = true
void _articleTypesAgree
void _libraryTypesAgree

export type LoadResult<T> = { ok: true; value: T } | { ok: false; issues: string[] }

/** Validates untrusted JSON (the generated file, or a future server copy) against the strict schema. */
export function parsePolicyLibrary(raw: unknown): LoadResult<PolicyLibrary> {
  const result = v.safeParse(policyLibrarySchema, raw)
  if (result.success) return { ok: true, value: result.output }
  return {
    ok: false,
    issues: result.issues.slice(0, 20).map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
  }
}
