import Taro from '@tarojs/taro'
import { isWeapp } from './platform'

export type SubscriptionOutcome = 'accepted' | 'rejected' | 'unavailable'

/** Template ids from TARO_APP_SUBSCRIBE_TEMPLATE_IDS (comma-separated; may be empty). */
export function subscribeTemplateIds(raw: string | undefined = process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 3)
}

/**
 * Asks, at submission, to send WeChat subscription messages when the application's status changes. Must be
 * called from a tap. Quietly does nothing on H5 or when no template ids are configured; never throws.
 */
export async function requestStatusSubscription(): Promise<SubscriptionOutcome> {
  const ids = subscribeTemplateIds()
  if (!isWeapp || ids.length === 0 || typeof Taro.requestSubscribeMessage !== 'function') return 'unavailable'
  try {
    const result = (await Taro.requestSubscribeMessage({ tmplIds: ids } as never)) as unknown as Record<string, string>
    return ids.some((id) => result[id] === 'accept') ? 'accepted' : 'rejected'
  } catch {
    return 'unavailable'
  }
}
