/**
 * Latency and failure injection for the mock backend, so that the app's waiting and error paths can be
 * exercised. A failure either happens before the request reaches the server (nothing changed) or after it was
 * processed (the answer is lost: the case a retry with the same idempotency key must survive).
 */
import type { ServiceError, ServiceErrorCode, ServiceResult } from '@/services/serviceErrors'

export type InjectedFailureCode = Extract<ServiceErrorCode, 'timeout' | 'network' | 'server'>

export interface InjectedFailure {
  code: InjectedFailureCode
  /** 'before': the request never arrived. 'after': it was processed, the answer was lost. */
  phase: 'before' | 'after'
}

export interface FaultOptions {
  /** Milliseconds every call waits before answering. */
  latencyMs?: number
  /** Share (0–1) of calls that fail with a network error before reaching the server. */
  failureRate?: number
  /** Random source for failureRate; injectable for deterministic tests. */
  random?: () => number
}

export const FAILURE_MESSAGES: Record<InjectedFailureCode, string> = {
  timeout: '网络超时，没有收到回复。请稍后再试；重新提交不会重复申请。',
  network: '网络连接不上。请检查网络后再试。',
  server: '服务暂时出了问题，请稍后再试。',
}

export function failureError(code: InjectedFailureCode): ServiceError {
  return { code, message: FAILURE_MESSAGES[code] }
}

export interface FaultController {
  /** Queue a failure for the next call (calls take them in order). */
  failNext(code: InjectedFailureCode, phase?: 'before' | 'after'): void
  setLatency(ms: number): void
  setFailureRate(rate: number): void
  /** Runs one call through latency and failures. */
  run<T>(work: () => ServiceResult<T>): Promise<ServiceResult<T>>
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createFaultController(options: FaultOptions = {}): FaultController {
  let latency = Math.max(0, options.latencyMs ?? 0)
  let rate = Math.min(1, Math.max(0, options.failureRate ?? 0))
  const random = options.random ?? Math.random
  const queue: InjectedFailure[] = []
  return {
    failNext(code, phase = 'before') {
      queue.push({ code, phase })
    },
    setLatency(ms) {
      latency = Math.max(0, ms)
    },
    setFailureRate(r) {
      rate = Math.min(1, Math.max(0, r))
    },
    async run(work) {
      if (latency > 0) await wait(latency)
      const injected = queue.shift()
      if (injected?.phase === 'before') return { ok: false, error: failureError(injected.code) }
      if (!injected && rate > 0 && random() < rate) return { ok: false, error: failureError('network') }
      let result: ServiceResult<never> | ReturnType<typeof work>
      try {
        result = work()
      } catch {
        result = { ok: false, error: failureError('server') }
      }
      if (injected?.phase === 'after') return { ok: false, error: failureError(injected.code) }
      return result
    },
  }
}
