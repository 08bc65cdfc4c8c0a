/** The real dependencies of the apply screens: services, file store, camera, clock and navigation. */
import dayjs from 'dayjs'
import { getServices } from '@/services/serviceRegistry'
import { appFileStore } from '@/lib/fileStore/appFileStore'
import { pickPhotos } from '@/lib/pickPhotos'
import { randomUuid } from '@/lib/randomId'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import type { ApplyFormDependencies } from './screens/ApplyFormScreen'

/** Today in China (UTC+8), YYYY-MM-DD. */
export const chinaToday = (): string =>
  dayjs(Date.now() + 8 * 3600 * 1000)
    .toISOString()
    .slice(0, 10)

export function applyFormDependencies(): ApplyFormDependencies {
  return {
    applications: getServices().applications,
    fileStore: appFileStore(),
    pickPhotos: (source) => pickPhotos(source),
    newKey: randomUuid,
    now: () => new Date(),
    today: chinaToday,
    onSubmitted: (reference, editsNotIncluded) =>
      openRoute(withQuery(ROUTES.applyDone, { ref: reference, edits: editsNotIncluded ? 'late' : undefined })),
    onOpenProgress: (reference) =>
      openRoute(reference ? withQuery(ROUTES.progressDetail, { ref: reference }) : ROUTES.progress),
    onOpenPrecheck: () => openRoute(ROUTES.precheck),
    onOpenPrivacyRules: () => openRoute(ROUTES.privacyRules),
    onLeave: () => openRoute(ROUTES.applyStart),
  }
}
