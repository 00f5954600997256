import type { Locale } from '@taro-live/hooks'

const pad = (n: number) => String(n).padStart(2, '0')

function dayIndex(ms: number): number {
  const d = new Date(ms)
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "今天 20:00" / "明天 20:00" / "11月30日 20:00" (en-US: "Today 20:00", "Nov 30, 20:00"), device time zone. */
export function formatStartTime(at: number, now: number, locale: Locale): string {
  const date = new Date(at)
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`
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
