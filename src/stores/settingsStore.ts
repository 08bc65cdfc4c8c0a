import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import * as v from 'valibot'
import { createPersistStorage, migrateWith } from '@/lib/storage/persistStorage'
import type { EnvelopeSpec } from '@/lib/storage/envelope'
import { deviceStore } from '@/lib/storage/deviceStore'
import { FONT_SCALE_MAX, FONT_SCALE_MIN } from '@/lib/fontScale'

export interface SettingsState {
  /** 长辈版: larger text, larger targets, a simpler home page. */
  elderMode: boolean
  /** Extra text scale chosen in 设置 (1 = default). Multiplied with the system font scale. */
  fontScale: number
  setElderMode: (on: boolean) => void
  setFontScale: (scale: number) => void
}

export const SETTINGS_VERSION = 1

const storedSettingsSchema = v.object({
  elderMode: v.boolean(),
  fontScale: v.pipe(v.number(), v.minValue(FONT_SCALE_MIN), v.maxValue(FONT_SCALE_MAX)),
})

type StoredSettings = v.InferOutput<typeof storedSettingsSchema>

/** The stored shape, version by version (fixtures in tests/fixtures/storage/settings.v*.json). */
export const settingsEnvelopeSpec: EnvelopeSpec<StoredSettings> = {
  schema: 'settings',
  version: SETTINGS_VERSION,
  migrations: {},
  dataSchema: storedSettingsSchema,
}

const defaults: StoredSettings = { elderMode: false, fontScale: 1 }

function clampScale(scale: number): number {
  if (!Number.isFinite(scale)) return 1
  return Math.min(FONT_SCALE_MAX, Math.max(FONT_SCALE_MIN, Math.round(scale * 100) / 100))
}

/** Reads whatever was stored, keeping each valid field and dropping the rest. Never throws. */
export function readStoredSettings(persisted: unknown): StoredSettings {
  if (typeof persisted !== 'object' || persisted === null) return defaults
  const whole = v.safeParse(storedSettingsSchema, persisted)
  if (whole.success) return whole.output
  const record = persisted as Record<string, unknown>
  return {
    elderMode: typeof record.elderMode === 'boolean' ? record.elderMode : defaults.elderMode,
    fontScale: typeof record.fontScale === 'number' ? clampScale(record.fontScale) : defaults.fontScale,
  }
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      ...defaults,
      setElderMode: (on) => set({ elderMode: on }),
      setFontScale: (scale) => set({ fontScale: clampScale(scale) }),
    }),
    {
      name: 'settings',
      version: SETTINGS_VERSION,
      storage: createPersistStorage<StoredSettings>(deviceStore),
      partialize: (state) => ({ elderMode: state.elderMode, fontScale: state.fontScale }),
      // Version 0 never shipped; anything that does not migrate and validate is read field by field.
      migrate: migrateWith(settingsEnvelopeSpec, readStoredSettings),
      merge: (persisted, current) => ({ ...current, ...readStoredSettings(persisted) }),
    },
  ),
)
