import { useCallback, useEffect, useState } from 'react'
import type { ServiceError, ServiceResult } from '@/services/serviceErrors'

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: ServiceError }

/** Runs a service call on mount (and whenever `key` changes); `reload()` runs it again. */
export function useServiceResult<T>(call: () => Promise<ServiceResult<T>>, key: unknown) {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' })
  const [tick, setTick] = useState(0)
  const reload = useCallback(() => setTick((t) => t + 1), [])
  useEffect(() => {
    let live = true
    setResult((r) => (r.state === 'ready' ? r : { state: 'loading' }))
    call().then(
      (r) => {
        if (live) setResult(r.ok ? { state: 'ready', value: r.value } : { state: 'error', error: r.error })
      },
      () => {
        if (live) setResult({ state: 'error', error: { code: 'server', message: '出了点问题，请稍后再试。' } })
      },
    )
    return () => {
      live = false
    }
    // `call` is recreated on every render by callers; `key` and `tick` decide when to run again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick])
  return { result, reload }
}
