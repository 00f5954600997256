import type { LiveError } from '../errors/live-error'

/**
 * Whether a `getChannelsLiveNoticeInfo` failure means "this channel has no notice to show".
 *
 * WeChat answers "no notice" with a failure, and does not document which code it uses: 1416104
 * ("data empty") is typical, `err_code: 1` is seen in public app code, and others are possible
 * (docs/platform.md, "Undocumented behaviour"). So:
 * - 1416104, and any `err_code` this library does not know, mean no notice: the card shows its
 *   empty state and the notice is asked for again at the normal polling interval, not with backoff.
 * - The codes that mean something else stay errors: DevTools (-14), subject mismatch (100008), bad
 *   parameters (40097), invalid channel (1416100).
 * - A failure with no code at all (a network error, a timeout) stays an error: it is retried with
 *   backoff, since the next answer may well be a notice.
 */
export function isNoNoticeFailure(error: LiveError): boolean {
  if (error.code === 'no-data') return true
  return error.code === 'platform-failure' && error.errCode !== undefined
}
