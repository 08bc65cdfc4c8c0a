import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { createPersistStorage } from '@/lib/storage/persistStorage'
import { deviceStore } from '@/lib/storage/deviceStore'

/** 最近看过: the slugs of the policy articles read last, newest first. Only ids, nothing personal. */
export interface RecentPoliciesState {
  slugs: string[]
  markRead: (slug: string) => void
  clear: () => void
}

export const RECENT_POLICIES_MAX = 10
const RECENT_POLICIES_VERSION = 1
const SLUG = /^[a-z0-9-]{1,64}$/

interface StoredRecentPolicies {
  slugs: string[]
}

/** Keeps valid, distinct slugs in order, at most RECENT_POLICIES_MAX. Never throws. */
export function readStoredRecentPolicies(persisted: unknown): StoredRecentPolicies {
  if (typeof persisted !== 'object' || persisted === null) return { slugs: [] }
  const raw = (persisted as Record<string, unknown>).slugs
  if (!Array.isArray(raw)) return { slugs: [] }
  const slugs: string[] = []
  for (const value of raw) {
    if (typeof value === 'string' && SLUG.test(value) && !slugs.includes(value)) slugs.push(value)
    if (slugs.length === RECENT_POLICIES_MAX) break
  }
  return { slugs }
}

export function withRead(slugs: readonly string[], slug: string): string[] {
  if (!SLUG.test(slug)) return [...slugs]
  return [slug, ...slugs.filter((s) => s !== slug)].slice(0, RECENT_POLICIES_MAX)
}

export const useRecentPoliciesStore = create<RecentPoliciesState>()(
  persist(
    (set) => ({
      slugs: [],
      markRead: (slug) => set((state) => ({ slugs: withRead(state.slugs, slug) })),
      clear: () => set({ slugs: [] }),
    }),
    {
      name: 'recentPolicies',
      version: RECENT_POLICIES_VERSION,
      storage: createPersistStorage<StoredRecentPolicies>(deviceStore),
      partialize: (state) => ({ slugs: state.slugs }),
      // Version 0 never shipped; anything older or unknown is read item by item.
      migrate: (persisted) => readStoredRecentPolicies(persisted),
      merge: (persisted, current) => ({ ...current, ...readStoredRecentPolicies(persisted) }),
    },
  ),
)
