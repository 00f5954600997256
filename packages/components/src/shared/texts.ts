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
  return overrides ? { ...base, ...overrides } : base
}
