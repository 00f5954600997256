import type { TextTable } from '../internal/texts'

/** Texts of {@link LiveReserveCard}. `{time}` and `{countdown}` are filled in. */
export interface LiveReserveCardTexts {
  /** Title when the `title` prop is not given. */
  defaultTitle: string
  /** Start line of an upcoming notice. */
  startsAt: string
  /** Countdown line when the start is close. */
  countdown: string
  /** Start passed, the streamer has not started yet (the lingering hour). */
  lingering: string
  /** The reserve button. */
  reserve: string
  /** The reserve button after this user reserved. */
  reserved: string
  /** The reserve button while WeChat's popup is up. */
  reserving: string
  /** The button of a notice WeChat says cannot be reserved (`reservable: false`). */
  notReservable: string
  /** Badge while live. */
  liveNow: string
  /** The button while live. */
  enterLive: string
  /** The empty state (no notice, expired, ended). */
  empty: string
  /** Accessible name of the skeleton. */
  loading: string
}

export const LIVE_RESERVE_CARD_TEXTS: TextTable<LiveReserveCardTexts> = {
  'zh-CN': {
    defaultTitle: '直播预告',
    startsAt: '{time} 开播',
    countdown: '距开播 {countdown}',
    lingering: '即将开播',
    reserve: '预约',
    reserved: '已预约',
    reserving: '预约中…',
    notReservable: '暂不可预约',
    liveNow: '直播中',
    enterLive: '进入直播间',
    empty: '暂无直播预告',
    loading: '加载中',
  },
  'en-US': {
    defaultTitle: 'Upcoming live',
    startsAt: 'Starts {time}',
    countdown: 'Starts in {countdown}',
    lingering: 'Starting soon',
    reserve: 'Remind me',
    reserved: 'Reminder set',
    reserving: 'Opening…',
    notReservable: 'Not open for reminders',
    liveNow: 'LIVE',
    enterLive: 'Watch now',
    empty: 'No upcoming live',
    loading: 'Loading',
  },
}
