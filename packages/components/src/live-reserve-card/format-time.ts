import type { Locale } from '@taro-live/hooks'

const pad = (n: number) => String(n).padStart(2, '0')

function dayIndex(ms: number): number {
  const d = new Date(ms)
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * The time of day the way the locale writes it, in the device time zone: "20:05" (zh-CN, 24-hour)
 * or "8:05 PM" (en-US, 12-hour). A few lines instead of `Intl.DateTimeFormat`: its output differs
 * between ICU versions (Node 20+ puts a narrow no-break space before "PM", older engines a plain
 * one) and WeChat's engines (JavaScriptCore on iOS, V8 on Android) ship different ICU data, so the
 * same card would read differently per phone and per test run.
 */
export function formatClockTime(at: number, locale: Locale): string {
  const date = new Date(at)
  const hours = date.getHours()
  const minutes = pad(date.getMinutes())
  if (locale === 'zh-CN') return `${pad(hours)}:${minutes}`
  return `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
}

/**
 * "今天 20:00" / "明天 20:00" / "11月30日 20:00"; en-US "Today 8:00 PM" / "Tomorrow 8:00 PM" /
 * "Nov 30, 8:00 PM". Days and hours are the device time zone's.
 */
export function formatStartTime(at: number, now: number, locale: Locale): string {
  const date = new Date(at)
  const time = formatClockTime(at, locale)
  const days = dayIndex(at) - dayIndex(now)
  const zh = locale === 'zh-CN'
  if (days === 0) return `${zh ? '今天' : 'Today'} ${time}`
  if (days === 1) return `${zh ? '明天' : 'Tomorrow'} ${time}`
  return zh
    ? `${date.getMonth() + 1}月${date.getDate()}日 ${time}`
    : `${MONTHS[date.getMonth()]} ${date.getDate()}, ${time}`
}

/** "01:02:03" for a duration in ms (rounded up to the second, never negative). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`
}

/** The next local midnight after `now` (device time zone). */
export function nextLocalMidnight(now: number): number {
  const date = new Date(now)
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime()
}
