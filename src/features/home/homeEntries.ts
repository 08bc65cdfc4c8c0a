import { ROUTES } from '@/lib/routes'

/**
 * The home page's entry points. Only journeys that exist are listed: an entry appears when its feature
 * lands (资格预检, 我要申请, 进度查询, 政策解读).
 */
export interface HomeEntry {
  id: string
  title: string
  description: string
  route: string
}

export const HOME_ENTRIES: readonly HomeEntry[] = [
  { id: 'precheck', title: '资格预检', description: '约 2 分钟，看看能申请哪些救助', route: ROUTES.precheck },
  { id: 'apply', title: '我要申请', description: '低保、特困、临时救助等，一次申请', route: ROUTES.applyStart },
  { id: 'progress', title: '进度查询', description: '看看申请办到哪一步了', route: ROUTES.progress },
  { id: 'policy', title: '政策解读', description: '用大白话讲清楚救助政策', route: ROUTES.policy },
]
