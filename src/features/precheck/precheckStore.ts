/**
 * The pre-check's state while the person answers. Deliberately NOT persisted: no persist middleware, nothing
 * goes to device storage ("不保存你的信息"). Lives in memory so that 上一步 and coming back from the
 * result page keep every answer; 重新开始 clears it.
 */
import { create } from 'zustand'
import { emptyDraft, newMemberDraft, type MemberDraft, type PrecheckDraft } from './precheckDraft'

export const PRECHECK_STEPS = ['地区和户籍', '家庭成员', '收入', '其他情况'] as const

interface PrecheckState {
  /** 1-based step number. */
  step: number
  draft: PrecheckDraft
  /** The member being added or changed, or null. Kept in the store so 上一步 does not lose it. */
  editing: MemberDraft | null
  /** Whether `editing` is a new member (not yet in the list). */
  editingIsNew: boolean
  nextMemberNumber: number
  setStep: (step: number) => void
  update: (patch: Partial<PrecheckDraft>) => void
  startAddingMember: () => void
  startEditingMember: (id: string) => void
  updateEditing: (patch: Partial<MemberDraft>) => void
  saveEditing: () => void
  cancelEditing: () => void
  removeMember: (id: string) => void
  setIncomeText: (id: string, text: string) => void
  reset: () => void
}

const initial = () => ({
  step: 1,
  draft: { ...emptyDraft(), members: [] },
  editing: newMemberDraft('m1', 'self'),
  editingIsNew: true,
  nextMemberNumber: 2,
})

export const usePrecheckStore = create<PrecheckState>()((set, get) => ({
  ...initial(),
  setStep: (step) => set({ step }),
  update: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
  startAddingMember: () =>
    set((s) => ({
      editing: newMemberDraft(`m${s.nextMemberNumber}`, null),
      editingIsNew: true,
      nextMemberNumber: s.nextMemberNumber + 1,
    })),
  startEditingMember: (id) => {
    const member = get().draft.members.find((m) => m.id === id)
    if (member) set({ editing: { ...member }, editingIsNew: false })
  },
  updateEditing: (patch) => set((s) => (s.editing ? { editing: { ...s.editing, ...patch } } : {})),
  saveEditing: () =>
    set((s) => {
      if (!s.editing) return {}
      const saved = s.editing
      const members = s.editingIsNew
        ? [...s.draft.members, saved]
        : s.draft.members.map((m) => (m.id === saved.id ? saved : m))
      return { draft: { ...s.draft, members }, editing: null, editingIsNew: false }
    }),
  cancelEditing: () => set({ editing: null, editingIsNew: false }),
  removeMember: (id) =>
    set((s) => ({
      draft: { ...s.draft, members: s.draft.members.filter((m) => m.id !== id || m.relation === 'self') },
    })),
  setIncomeText: (id, text) =>
    set((s) => ({
      draft: { ...s.draft, members: s.draft.members.map((m) => (m.id === id ? { ...m, incomeText: text } : m)) },
    })),
  reset: () => set(initial()),
}))
