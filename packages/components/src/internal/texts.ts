import { type Locale, useLocale } from '@taro-live/hooks'

/** A component's texts in every locale. */
export type TextTable<T> = Record<Locale, T>

/** The texts for the `locale` prop (else `LiveProvider`'s locale), with per-prop overrides. */
export function useTexts<T extends object>(
  table: TextTable<T>,
  locale: Locale | undefined,
  overrides: Partial<T> | undefined,
): T {
  const fromContext = useLocale()
  const base = table[locale ?? fromContext] ?? table['zh-CN']
  if (!overrides) return base
  const merged = { ...base }
  // Only strings replace a text: a page builder's `undefined` or `null` keeps the default.
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value === 'string') (merged as Record<string, unknown>)[key] = value
  }
  return merged
}
