import type { PersistStorage } from 'zustand/middleware'

export interface DebouncedPersistStorage<S> extends PersistStorage<S> {
  /** Writes the pending value now (app hidden, step change, before a submission). */
  flush(): void
  hasPending(): boolean
}

/**
 * Wraps a zustand persist storage so that a burst of changes (typing) is written once, `delayMs` after the
 * last change. Reads see the pending value, so nothing is lost between a change and its write.
 */
export function createDebouncedPersistStorage<S>(
  inner: PersistStorage<S>,
  delayMs: number,
): DebouncedPersistStorage<S> {
  const pending = new Map<string, Parameters<PersistStorage<S>['setItem']>[1]>()
  let timer: ReturnType<typeof setTimeout> | null = null

  const flush = () => {
    if (timer !== null) {
      clearTimeout(timer)
      timer = null
    }
    for (const [name, value] of pending) void inner.setItem(name, value)
    pending.clear()
  }

  return {
    getItem: (name) => (pending.has(name) ? (pending.get(name) ?? null) : inner.getItem(name)),
    setItem(name, value) {
      pending.set(name, value)
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(flush, delayMs)
    },
    removeItem(name) {
      pending.delete(name)
      void inner.removeItem(name)
    },
    flush,
    hasPending: () => pending.size > 0,
  }
}
