import { invalidFinder } from '../client/client-core'
import { withTimeout } from '../clock/with-timeout'
import { toLiveError } from '../errors/to-live-error'
import { LIVE_HISTORY_FROM } from '../platform/api-min-versions'
import type { Platform } from '../platform/platform'
import { compareVersion } from '../version/compare-version'
import { type LiveInfoEntry, parseLiveInfo } from './parse-live-info'

/** Options of {@link fetchLiveHistory}. */
export interface LiveHistoryOptions {
  /** The oldest start to ask for, epoch ms or a Date. Default: 30 days before now. */
  since?: number | Date
  /** Give up after this many ms (WeChat may never answer). Default 10 000. */
  timeoutMs?: number
}

/** A channel's recent lives, as {@link fetchLiveHistory} found them. */
export interface LiveHistory {
  /** Lives that have an id, newest first; `[]` when the channel never went live. */
  lives: LiveInfoEntry[]
  /**
   * `true` when the base library can list older lives (≥ 2.29.0). Below it only the newest live is
   * known, and its replay state is not reported (`'unknown'`).
   */
  complete: boolean
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A channel's recent lives with their replay state, from one `getChannelsLiveInfo` call.
 *
 * The window's unit is documented nowhere (docs/platform.md, Replays), so only `startTime` is sent,
 * in seconds: read as seconds it is the window asked for; read as milliseconds it falls in 1970 and
 * the answer is every recent live. Either way nothing is lost, where a wrong `endTime` would empty
 * the answer. It is always sent (from 2.29.0), as WeChat may fill `otherInfos` only for a window.
 * Below 2.29.0 no window is sent and only the newest live is returned. A channel that never went
 * live (status 1, or a "data empty" failure) has no lives. Rejects with a {@link LiveError}.
 */
export async function fetchLiveHistory(
  platform: Platform,
  finderUserName: string,
  options: LiveHistoryOptions = {},
): Promise<LiveHistory> {
  const invalid = invalidFinder(finderUserName)
  if (invalid) throw invalid
  const version = platform.baseLibraryVersion()
  const complete = version !== '' && compareVersion(version, LIVE_HISTORY_FROM) >= 0
  const request: { finderUserName: string; startTime?: number } = { finderUserName }
  if (complete) {
    const since = options.since ?? platform.clock.now() - 30 * DAY_MS
    request.startTime = Math.floor(Number(since) / 1000)
  }
  let raw: unknown
  try {
    raw = await withTimeout(
      platform.clock,
      options.timeoutMs ?? 10_000,
      'getChannelsLiveInfo',
      () => platform.getChannelsLiveInfo(request),
    )
  } catch (error) {
    const failure = toLiveError(error, 'getChannelsLiveInfo')
    // "Never live" (or nothing in the window) may come as a "data empty" failure (docs/platform.md).
    if (failure.code !== 'no-data') throw failure
    raw = { status: 1 }
  }
  const parsed = parseLiveInfo(raw)
  if (!parsed.ok) throw parsed.error
  const { otherInfos, ...newest } = parsed.value
  const lives = [newest, ...otherInfos.reverse()].filter((live) => live.feedId)
  return { lives, complete }
}
