import { ROUTES, withQuery } from '@/lib/routes'

/** Slugs of the guide articles the 政策 tab links to directly (content/policies/<slug>.md). */
export const STANDARD_SLUG = 'dibao-standard'
export const PROCEDURE_SLUG = 'procedure'
export const HOTLINE_SLUG = 'hotline'

export function articleRoute(slug: string): string {
  return withQuery(ROUTES.policyArticle, { id: slug })
}

/**
 * Routes that other branches add (资格预检, 救助申请). The buttons that use them appear only when the route
 * exists in ROUTES, so this screen never links to a page that is not there.
 */
function optionalRoute(name: string): string | null {
  const route = (ROUTES as Readonly<Record<string, string | undefined>>)[name]
  return typeof route === 'string' ? route : null
}

export function precheckRoute(programme: string): string | null {
  const route = optionalRoute('precheck')
  return route ? withQuery(route, { programme }) : null
}

export function applyRoute(programme: string): string | null {
  const route = optionalRoute('apply')
  return route ? withQuery(route, { programme }) : null
}
