/** Every route of the app in one place. Tab pages are in the main package; the rest are subpackages. */
export const ROUTES = {
  home: '/pages/home/index',
  progress: '/pages/progress/index',
  policy: '/pages/policy/index',
  me: '/pages/me/index',
  settings: '/packages/me/settings/index',
  about: '/packages/me/about/index',
  /** 个人信息处理规则: the application's first step links here (with needsReconsent() from consentStore). */
  privacyRules: '/packages/me/privacy/index',
  /** 我的数据: what is on this device, export, delete, withdraw consent, 清除本机数据. */
  myData: '/packages/me/data/index',
  applyStart: '/packages/apply/start/index',
  applyForm: '/packages/apply/form/index',
  applyDone: '/packages/apply/done/index',
  messages: '/packages/me/messages/index',
  progressDetail: '/packages/progress/detail/index',
  progressQuery: '/packages/progress/query/index',
  demoConsole: '/packages/demo/console/index',
  /** One policy article: `?id=<slug>`. */
  policyArticle: '/packages/policy/article/index',
  /** 全文搜索 over the policy bodies; the query comes from the tab in memory (policySearchHandoffStore). */
  policySearch: '/packages/policy/search/index',
  precheck: '/packages/precheck/index/index',
  precheckResult: '/packages/precheck/result/index',
} as const

export const TAB_ROUTES: readonly string[] = [ROUTES.home, ROUTES.progress, ROUTES.policy, ROUTES.me]

/** Builds a route with a query string. Never put personal data (ID numbers, phones, names) in a query. */
export function withQuery(route: string, query: Record<string, string | number | undefined>): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  return parts.length ? `${route}?${parts.join('&')}` : route
}
