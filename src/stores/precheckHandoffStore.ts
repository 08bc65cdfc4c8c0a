/**
 * Hands the last pre-check's answers to the application journey, in memory only: no persist middleware,
 * nothing is written to device storage, and the answers are gone when the mini-program is closed.
 */
import { create } from 'zustand'
import type { PrecheckAnswers } from '@/domain/precheckPrefill'

interface PrecheckHandoffState {
  answers: PrecheckAnswers | null
  setAnswers: (answers: PrecheckAnswers) => void
  clear: () => void
}

export const usePrecheckHandoffStore = create<PrecheckHandoffState>()((set) => ({
  answers: null,
  setAnswers: (answers) => set({ answers }),
  clear: () => set({ answers: null }),
}))
