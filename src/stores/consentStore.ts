/**
 * Which version of the 个人信息处理规则 (src/domain/privacyNotice.ts) the person accepted, and when.
 *
 * For the application journey (step 1):
 *   if (needsReconsent()) → show the rules (ROUTES.privacyRules or the notice sections inline) and call
 *   useConsentStore.getState().accept(new Date()) when the person agrees.
 * needsReconsent() is true when nothing was accepted, when consent was withdrawn, or when the notice's
 * version changed since the acceptance (PIPL Art. 14: 重新取得个人同意).
 *
 * The WeChat privacy pop-up's refusal is remembered for this session only (never persisted): the app does
 * not ask again after a "no" (网络数据安全管理条例 Art. 22(5)).
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import * as v from 'valibot'
import { createPersistStorage, migrateWith } from '@/lib/storage/persistStorage'
import { deviceStore } from '@/lib/storage/deviceStore'
import type { EnvelopeSpec } from '@/lib/storage/envelope'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacyNotice'

export const CONSENT_STORE_VERSION = 1
export const CONSENT_STORAGE_KEY = 'consent'
/** History entries kept (accept / withdraw), newest last. */
export const MAX_CONSENT_HISTORY = 20

const consentEventSchema = v.object({
  action: v.picklist(['accepted', 'withdrawn']),
  version: v.string(),
  at: v.string(),
})

export const storedConsentSchema = v.object({
  acceptedVersion: v.nullable(v.string()),
  acceptedAt: v.nullable(v.string()),
  history: v.array(consentEventSchema),
})

export type StoredConsent = v.InferOutput<typeof storedConsentSchema>
export type ConsentEvent = v.InferOutput<typeof consentEventSchema>

export const consentEnvelopeSpec: EnvelopeSpec<StoredConsent> = {
  schema: CONSENT_STORAGE_KEY,
  version: CONSENT_STORE_VERSION,
  migrations: {},
  dataSchema: storedConsentSchema,
}

export const noConsent = (): StoredConsent => ({ acceptedVersion: null, acceptedAt: null, history: [] })

/** Never throws: anything unreadable counts as "not accepted" (the safe side: ask again). */
export function readStoredConsent(persisted: unknown): StoredConsent {
  const parsed = v.safeParse(storedConsentSchema, persisted)
  return parsed.success ? parsed.output : noConsent()
}

/** Pure: whether consent must be asked (again) for `currentVersion`. */
export function consentIsCurrent(consent: Pick<StoredConsent, 'acceptedVersion'>, currentVersion: string): boolean {
  return consent.acceptedVersion !== null && consent.acceptedVersion === currentVersion
}

export interface ConsentState extends StoredConsent {
  /** The WeChat privacy pop-up was refused in this session: do not show it again until the next launch. */
  platformPromptRefused: boolean
  accept: (now: Date, version?: string) => void
  withdraw: (now: Date) => void
  setPlatformPromptRefused: (refused: boolean) => void
}

const append = (history: ConsentEvent[], event: ConsentEvent) => [...history, event].slice(-MAX_CONSENT_HISTORY)

export const useConsentStore = create<ConsentState>()(
  persist(
    (set, get) => ({
      ...noConsent(),
      platformPromptRefused: false,
      accept: (now, version = PRIVACY_NOTICE_VERSION) =>
        set({
          acceptedVersion: version,
          acceptedAt: now.toISOString(),
          history: append(get().history, { action: 'accepted', version, at: now.toISOString() }),
        }),
      withdraw: (now) => {
        const version = get().acceptedVersion ?? PRIVACY_NOTICE_VERSION
        set({
          acceptedVersion: null,
          acceptedAt: null,
          history: append(get().history, { action: 'withdrawn', version, at: now.toISOString() }),
        })
      },
      setPlatformPromptRefused: (refused) => set({ platformPromptRefused: refused }),
    }),
    {
      name: CONSENT_STORAGE_KEY,
      version: CONSENT_STORE_VERSION,
      storage: createPersistStorage<StoredConsent>(deviceStore),
      partialize: (s) => ({ acceptedVersion: s.acceptedVersion, acceptedAt: s.acceptedAt, history: s.history }),
      migrate: migrateWith(consentEnvelopeSpec, readStoredConsent),
      merge: (persisted, current) => ({ ...current, ...readStoredConsent(persisted) }),
    },
  ),
)

/**
 * True when the application must show the 个人信息处理规则 and ask for consent before collecting anything:
 * never accepted, withdrawn, or accepted for an older version of the notice.
 */
export function needsReconsent(currentVersion: string = PRIVACY_NOTICE_VERSION): boolean {
  return !consentIsCurrent(useConsentStore.getState(), currentVersion)
}
