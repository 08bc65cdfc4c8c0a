import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { createDebouncedPersistStorage } from '@/lib/storage/debouncedPersistStorage'

type S = { text: string }

function innerStorage() {
  const saved = new Map<string, StorageValue<S>>()
  const inner = {
    saved,
    getItem: jest.fn((name: string) => saved.get(name) ?? null),
    setItem: jest.fn((name: string, value: StorageValue<S>) => {
      saved.set(name, value)
    }),
    removeItem: jest.fn((name: string) => {
      saved.delete(name)
    }),
  } satisfies PersistStorage<S> & { saved: Map<string, StorageValue<S>> }
  return inner
}

const value = (text: string): StorageValue<S> => ({ state: { text }, version: 1 })

describe('createDebouncedPersistStorage', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('writes a burst of changes once, delayMs after the last change', () => {
    const inner = innerStorage()
    const storage = createDebouncedPersistStorage(inner, 100)
    storage.setItem('draft', value('a'))
    jest.advanceTimersByTime(60)
    storage.setItem('draft', value('ab'))
    jest.advanceTimersByTime(60)
    storage.setItem('draft', value('abc'))
    jest.advanceTimersByTime(99)
    expect(inner.setItem).not.toHaveBeenCalled()
    expect(storage.hasPending()).toBe(true)
    jest.advanceTimersByTime(1)
    expect(inner.setItem).toHaveBeenCalledTimes(1)
    expect(inner.setItem).toHaveBeenCalledWith('draft', value('abc'))
    expect(storage.hasPending()).toBe(false)
    jest.advanceTimersByTime(1000)
    expect(inner.setItem).toHaveBeenCalledTimes(1)
  })

  it('reads the pending value before it is written, and the stored one otherwise', () => {
    const inner = innerStorage()
    inner.saved.set('other', value('stored'))
    const storage = createDebouncedPersistStorage(inner, 100)
    storage.setItem('draft', value('typing'))
    expect(storage.getItem('draft')).toEqual(value('typing'))
    expect(inner.getItem).not.toHaveBeenCalledWith('draft')
    expect(storage.getItem('other')).toEqual(value('stored'))
    expect(storage.getItem('none')).toBeNull()
  })

  it('flush writes every pending value now and cancels the scheduled write', () => {
    const inner = innerStorage()
    const storage = createDebouncedPersistStorage(inner, 100)
    expect(storage.hasPending()).toBe(false)
    storage.setItem('a', value('1'))
    storage.setItem('b', value('2'))
    storage.flush()
    expect(inner.setItem.mock.calls).toEqual([
      ['a', value('1')],
      ['b', value('2')],
    ])
    expect(storage.hasPending()).toBe(false)
    expect(jest.getTimerCount()).toBe(0)
    jest.advanceTimersByTime(1000)
    expect(inner.setItem).toHaveBeenCalledTimes(2)
  })

  it('flush with nothing pending writes nothing', () => {
    const inner = innerStorage()
    const storage = createDebouncedPersistStorage(inner, 100)
    storage.flush()
    expect(inner.setItem).not.toHaveBeenCalled()
    expect(storage.hasPending()).toBe(false)
  })

  it('removeItem drops the pending value and removes the stored one at once', () => {
    const inner = innerStorage()
    inner.saved.set('draft', value('old'))
    const storage = createDebouncedPersistStorage(inner, 100)
    storage.setItem('draft', value('new'))
    storage.removeItem('draft')
    expect(inner.removeItem).toHaveBeenCalledWith('draft')
    expect(storage.hasPending()).toBe(false)
    expect(storage.getItem('draft')).toBeNull()
    jest.advanceTimersByTime(1000)
    expect(inner.setItem).not.toHaveBeenCalled()
    expect(inner.saved.has('draft')).toBe(false)
  })
})
