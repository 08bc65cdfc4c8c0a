/**
 * Hands the 政策 tab's search text to the 全文搜索 page (policy subpackage), in memory only: not in the URL,
 * not in device storage, never logged (people sometimes type more than a policy word into a search box).
 */
import { create } from 'zustand'

interface PolicySearchHandoffState {
  query: string
  setQuery: (query: string) => void
}

export const usePolicySearchHandoffStore = create<PolicySearchHandoffState>()((set) => ({
  query: '',
  setQuery: (query) => set({ query }),
}))
