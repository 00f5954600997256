import { invalidFinder } from '../client/client-core'
import { withTimeout } from '../clock/with-timeout'
import { LiveError } from '../errors/live-error'
import { toLiveError } from '../errors/to-live-error'
import { LIVE_REPLAYS_FROM } from '../platform/api-min-versions'
import type { Platform } from '../platform/platform'
import { compareVersion } from '../version/compare-version'
import { type LiveInfoEntry, parseLiveInfo } from './parse-live-info'

/** Options of {@link fetchLiveReplays}. */
export interface LiveReplaysOptions {
  /** The oldest start to ask for, epoch ms or a Date. Default: 30 days before now. */
  since?: number | Date
  /** Give up after this many ms (WeChat may never answer). Default 10 000. */
  timeoutMs?: number
}

/** A channel's recent lives, as {@link fetchLiveReplays} found them. */
export interface LiveReplays {
  /** Lives that have an id, newest first; `[]` when the channel never went live. */
  lives: LiveInfoEntry[]
  /**
   * `true` when the base library can list older lives (≥ 2.29.0). Below it only the newest live is
   * known, and WeChat does not report its replay state (`replayStatus` `undefined`).
   */
  complete: boolean
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The older lives' entries have no documented shape: one without its own `status` is kept, as code
 * 0 (`unknown`), where the shared parser, which needs a status, would skip it. Done here, so the
 * widgets' parser stays as small as it is.
 */
function withEntryStatus(raw: unknown): unknown {
  const others = raw ? (raw as { otherInfos?: unknown }).otherInfos : undefined
  if (!Array.isArray(others)) return raw
  const otherInfos = others.map((entry) =>
    entry && typeof entry === 'object' && !('status' in entry) ? { ...entry, status: 0 } : entry,
  )
  return { ...(raw as object), otherInfos }
}

/**
 * A channel's recent lives with their replay state, from one `getChannelsLiveInfo` call.
 *
 * The window's unit is documented nowhere (docs/platform.md, Replays), so only `startTime` is sent,
 * in seconds: read as seconds it is the window asked for; read as milliseconds it falls in 1970 and
 * the answer is the channel's recent lives (up to WeChat's 15), not none, where a wrong `endTime`
 * would empty it. It is always sent (from 2.29.0), as WeChat may fill `otherInfos` only for a window.
 * Below 2.29.0 no window is sent and only the newest live is returned. A channel that never went
 * live (status 1, or a "data empty" failure) has no lives. Rejects with a {@link LiveError}.
 */
export async function fetchLiveReplays(
  platform: Platform,
  finderUserName: string,
  options: LiveReplaysOptions = {},
): Promise<LiveReplays> {
  const invalid = invalidFinder(finderUserName)
  if (invalid) throw invalid
  const since = Number(options.since ?? platform.clock.now() - 30 * DAY_MS)
  if (!Number.isFinite(since)) {
    throw new LiveError('invalid-argument', `since must be a time, not ${String(options.since)}`)
  }
  const version = platform.baseLibraryVersion()
  const complete = version !== '' && compareVersion(version, LIVE_REPLAYS_FROM) >= 0
  const request: { finderUserName: string; startTime?: number } = { finderUserName }
  if (complete) {
    request.startTime = Math.floor(since / 1000)
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
  const parsed = parseLiveInfo(withEntryStatus(raw))
  if (!parsed.ok) throw parsed.error
  const { otherInfos, ...newest } = parsed.value
  // Newest first; a live WeChat lists twice (at the top and in `otherInfos`) once.
  const seen = new Set<string>()
  const lives = [newest, ...otherInfos.reverse()].filter(
    ({ feedId }) => feedId && !seen.has(feedId) && !!seen.add(feedId),
  )
  return { lives, complete }
}
