import { create } from 'zustand'

interface CounterState {
  count: number
  increment(): void
}

/** The smallest store that still pulls zustand into the bundle. */
export const useCounter = create<CounterState>()((set) => ({
  count: 0,
  increment: () => set((s) => ({ count: s.count + 1 }))
}))
