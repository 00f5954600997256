/**
 * Every way a platform call or a widget can fail, with whether trying again can help.
 * `errCode` ties a code to WeChat's `err_code` where WeChat has one (docs/platform.md, Errors).
 */
export const LIVE_ERROR_CODES = {
  /** err_code -14: WeChat DevTools does not implement the Channels APIs; real devices only. */
  'devtools-unsupported': { retryable: false, errCode: -14 },
  /** err_code 100008: the channel is unverified, or it and the mini program have different subjects. */
  'subject-mismatch-or-unverified': { retryable: false, errCode: 100008 },
  /** err_code 40097: WeChat rejected the parameters. */
  'invalid-params': { retryable: false, errCode: 40097 },
  /** err_code 1416100: no channel has this `finderUserName`. */
  'invalid-channel': { retryable: false, errCode: 1416100 },
  /** err_code 1416104: WeChat has no data for this channel (for notices: there is no notice). */
  'no-data': { retryable: false, errCode: 1416104 },
  /** The callback never fired within the client's timeout. */
  timeout: { retryable: true, errCode: undefined },
  /** The API does not exist in this base library (or on this object at all). */
  'api-missing': { retryable: false, errCode: undefined },
  /** Not WeChat (Taro H5, another mini program platform), or a stub that "succeeds" doing nothing. */
  'unsupported-platform': { retryable: false, errCode: undefined },
  /** The API may only be called synchronously inside a user's tap (openChannelsLive, getUserProfile). */
  'gesture-required': { retryable: false, errCode: undefined },
  /** The user cancelled a WeChat popup. */
  cancelled: { retryable: false, errCode: undefined },
  /** The user denied an authorisation popup. */
  denied: { retryable: false, errCode: undefined },
  /** The platform answered with data of the wrong shape. */
  'malformed-response': { retryable: false, errCode: undefined },
  /** The notice exists but cannot be reserved (`reservable: false`). */
  'not-reservable': { retryable: false, errCode: undefined },
  /** The caller passed something unusable (an empty channel id, a too-long `desc`). */
  'invalid-argument': { retryable: false, errCode: undefined },
  /** The live ids needed below base library 2.19.2 have not been loaded yet. */
  'not-ready': { retryable: true, errCode: undefined },
  /** Local storage refused a write; the value is kept in memory for this session. */
  'storage-failure': { retryable: true, errCode: undefined },
  /** Any other platform failure (network, WeChat backend): worth trying again later. */
  'platform-failure': { retryable: true, errCode: undefined },
} as const satisfies Record<string, { retryable: boolean; errCode: number | undefined }>

/** The `code` of a {@link LiveError}. */
export type LiveErrorCode = keyof typeof LIVE_ERROR_CODES

const CODE_BY_ERR_CODE = new Map<number, LiveErrorCode>()
for (const [code, info] of Object.entries(LIVE_ERROR_CODES)) {
  if (info.errCode !== undefined) CODE_BY_ERR_CODE.set(info.errCode, code as LiveErrorCode)
}

/** The library's code for a WeChat `err_code`, or `undefined` for a number WeChat has not documented. */
export function codeForErrCode(errCode: number): LiveErrorCode | undefined {
  return CODE_BY_ERR_CODE.get(errCode)
}

/** Whether retrying can help with this kind of failure. */
export function isRetryableCode(code: LiveErrorCode): boolean {
  return LIVE_ERROR_CODES[code].retryable
}
