import { isRetryableCode, LIVE_ERROR_CODES, type LiveErrorCode } from './error-codes'

/** What a {@link LiveError} is made from. */
export interface LiveErrorInit {
  /** The WeChat `err_code`, when the platform gave one. */
  errCode?: number
  /** The platform's raw `errMsg`, kept for logs. */
  errMsg?: string
  /** The API that failed, e.g. `getChannelsLiveInfo`. */
  api?: string
  /** The value this error was made from. */
  cause?: unknown
}

/** The one error type of the library: a typed `code`, whether retrying helps, and the raw platform detail. */
export class LiveError extends Error {
  override readonly name = 'LiveError'
  /** What went wrong, as a stable code. */
  readonly code: LiveErrorCode
  /** WeChat's `err_code`, if any. */
  readonly errCode: number | undefined
  /** WeChat's `errMsg`, if any. */
  readonly errMsg: string | undefined
  /** The API that failed, if known. */
  readonly api: string | undefined
  /** Whether trying again later can succeed. */
  readonly retryable: boolean

  constructor(code: LiveErrorCode, message: string, init: LiveErrorInit = {}) {
    super(message)
    this.code = code
    this.errCode = init.errCode
    this.errMsg = init.errMsg
    this.api = init.api
    this.retryable = isRetryableCode(code)
    if (init.cause !== undefined) (this as { cause?: unknown }).cause = init.cause
  }
}

/** True for a {@link LiveError}, also one made by another copy of this package. */
export function isLiveError(value: unknown): value is LiveError {
  return (
    value instanceof LiveError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'LiveError' &&
      typeof (value as { code?: unknown }).code === 'string' &&
      // Own codes only (not `toString`); not `Object.hasOwn` (ES2022), missing on older base libraries.
      Object.keys(LIVE_ERROR_CODES).includes((value as { code: string }).code) &&
      typeof (value as { retryable?: unknown }).retryable === 'boolean')
  )
}
