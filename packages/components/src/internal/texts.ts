import { type Locale, useLocale } from '@taro-live/hooks'
import { useProviderTexts } from '@taro-live/hooks/internal'
import type { LiveEmbedTexts } from '../live-embed/texts'
import type { LiveFloatingWindowTexts } from '../live-floating-window/texts'
import type { LiveReserveCardTexts } from '../live-reserve-card/texts'
import type { ProfileButtonTexts } from '../profile-button/texts'

/** A component's texts in every locale. */
export type TextTable<T> = Record<Locale, T>

/**
 * App-wide texts for `LiveProvider`'s `texts` prop, per widget, whatever the locale. A widget's own
 * `texts` prop wins over these.
 *
 * @example
 * ```tsx
 * const TEXTS: LiveTexts = { liveReserveCard: { reserve: '预约直播' } }
 * <LiveProvider texts={TEXTS}>…</LiveProvider>
 * ```
 */
export type LiveTexts = {
  liveEmbed?: Partial<LiveEmbedTexts>
  liveFloatingWindow?: Partial<LiveFloatingWindowTexts>
  liveReserveCard?: Partial<LiveReserveCardTexts>
  profileButton?: Partial<ProfileButtonTexts>
}

/** Copies the string values of `overrides` over `into`: `undefined` or `null` keeps the default. */
function assignTexts(into: Record<string, unknown>, overrides: object | undefined): void {
  if (!overrides) return
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value === 'string') into[key] = value
  }
}

/**
 * The texts for the `locale` prop (else `LiveProvider`'s locale), then `LiveProvider`'s `texts` of
 * this `widget`, then the per-prop overrides.
 */
export function useTexts<T extends object>(
  widget: keyof LiveTexts,
  table: TextTable<T>,
  locale: Locale | undefined,
  overrides: Partial<T> | undefined,
): T {
  const fromContext = useLocale()
  const appWide = useProviderTexts(widget)
  const base = table[locale ?? fromContext] ?? table['zh-CN']
  if (!overrides && !appWide) return base
  const merged = { ...base }
  assignTexts(merged as Record<string, unknown>, appWide)
  assignTexts(merged as Record<string, unknown>, overrides)
  return merged
}
