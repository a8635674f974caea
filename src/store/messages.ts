/**
 * The storage key and every storage notice, in one place. Imports nothing, so the home page
 * (main package) can use it through peek.ts without pulling in zustand or the store.
 */
export const STORAGE_KEY = 'permit-guide'

/** What a read or a write met, by kind; each kind has one message. */
export const STORAGE_NOTICES = {
  /** getStorageSync threw, twice: the saved data may be fine, so nothing is written over it. */
  readFailed: '读取本机保存的答案和历史记录失败。为免覆盖它们，本次的改动暂不保存。可以重试读取，或清除后重新开始。',
  corrupt: '本机保存的数据已损坏，无法读取，已从头开始。',
  foreign: '本机保存的数据格式无法识别，已从头开始。',
  partlyLost: '本机保存的部分答案或历史记录无法读取，已保留能读取的部分。',
  saveFailed: '保存到本机失败（存储空间可能已满），答案只在本次打开期间有效。',
  tooBig: '要保存的数据过大，这次没有保存。',
} as const

export type StorageProblem = keyof typeof STORAGE_NOTICES
