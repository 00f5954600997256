import { isPlainObject } from './strip-nulls'

/** A migration of one widget's props from version `n` to `n + 1` (returns a new object). */
type Migration = (props: Record<string, unknown>) => Record<string, unknown>

/**
 * Migrations by widget type: the entry at index `n - 1` takes version `n` to `n + 1`. A widget's
 * manifest `version` is one more than its number of migrations (the test checks it).
 */
export const MIGRATIONS: Record<string, Migration[]> = {
  'live-floating-window': [
    // 1 → 2: `edgeGap` was renamed `gap`; when both are set, `gap` wins.
    (props) => {
      const { edgeGap, ...rest } = props
      return edgeGap === undefined || 'gap' in rest ? rest : { ...rest, gap: edgeGap }
    },
  ],
  'live-reserve-card': [],
  'profile-button': [],
  'live-embed': [],
}

/** Runs the migrations of `type` from `from` to `to` over `props` (an object; else unchanged). */
export function runMigrations(type: string, from: number, to: number, props: unknown): unknown {
  const steps = MIGRATIONS[type] ?? []
  let current = props
  for (let version = from; version < to && isPlainObject(current); version++) {
    const step = steps[version - 1]
    if (step) current = step(current)
  }
  return current
}
