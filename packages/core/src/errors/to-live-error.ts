import { toInteger } from '../parse/to-number'
import { codeForErrCode, type LiveErrorCode } from './error-codes'
import { isLiveError, LiveError } from './live-error'

function readErrMsg(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw
  if (typeof raw !== 'object' || raw === null) return undefined
  const { errMsg, message } = raw as { errMsg?: unknown; message?: unknown }
  if (typeof errMsg === 'string') return errMsg
  if (typeof message === 'string') return message
  return undefined
}

function readErrCode(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  // WeChat puts the number in `err_code` (docs/platform.md, Errors); some wrappers rename it
  // `errCode`.
  const { err_code, errCode } = raw as { err_code?: unknown; errCode?: unknown }
  for (const candidate of [err_code, errCode]) {
    const n = toInteger(candidate)
    if (n !== undefined && n !== 0) return n
  }
  return undefined
}

/**
 * The `errMsg` of Taro's H5 stubs, `暂时不支持 API xxx` (docs/platform.md, Taro), also on a "success".
 */
export const TARO_STUB_MESSAGE = /暂时?不支持|不支持\s*API/

/** A code written into the message (`errcode:1416104`, `err_code 100008`) when the field is absent. */
const CODE_IN_MESSAGE = /err_?code["'\s:=]*(-?\d+)/i

/**
 * What the message says when WeChat sends no `err_code` (docs/platform.md: failures without the
 * field are seen, e.g. a subject mismatch on `openChannelsLive`). First match wins.
 */
const MESSAGE_RULES: ReadonlyArray<readonly [RegExp, LiveErrorCode]> = [
  [TARO_STUB_MESSAGE, 'unsupported-platform'],
  [/devtools|开发者工具/i, 'devtools-unsupported'],
  [/subject|主体|unverified|not verified|未认证/i, 'subject-mismatch-or-unverified'],
  [/invalid (finder_?user_?name|channel)/i, 'invalid-channel'],
  [/data empty|no data|数据为空/i, 'no-data'],
  [/invalid param/i, 'invalid-params'],
  [/TAP gesture|user gesture|user tap/i, 'gesture-required'],
  [/time ?out/i, 'timeout'],
  [/auth den(y|ied)|permission denied/i, 'denied'],
  [/:fail[: ]*cancel|^cancel/i, 'cancelled'],
  [/is not a function|not (exist|supported|implemented)|undefined is not/i, 'api-missing'],
]

/**
 * Turns whatever a platform failure looks like (a `fail` result with `err_code`, an `Error`, a string)
 * into a {@link LiveError}. Never throws.
 */
export function toLiveError(raw: unknown, api?: string): LiveError {
  let errMsg: string | undefined
  let errCode: number | undefined
  try {
    if (isLiveError(raw)) return raw
    errMsg = readErrMsg(raw)
    errCode = readErrCode(raw)
  } catch {
    // A hostile value (a throwing getter, a revoked Proxy) still becomes a plain platform failure.
  }
  if (errCode === undefined && errMsg !== undefined) {
    const written = (CODE_IN_MESSAGE.exec(errMsg) || [])[1]
    if (written !== undefined) errCode = toInteger(written)
  }
  let code: LiveErrorCode | undefined = errCode === undefined ? undefined : codeForErrCode(errCode)
  if (code === undefined && errMsg !== undefined) {
    code = (MESSAGE_RULES.find(([pattern]) => pattern.test(errMsg)) || [])[1]
  }
  code ??= 'platform-failure'
  const where = api ? `${api} failed` : 'Platform call failed'
  const detail = [errCode === undefined ? '' : `err_code ${errCode}`, errMsg || '']
    .filter(Boolean)
    .join(': ')
  return new LiveError(code, `${where} (${code})${detail ? ` — ${detail}` : ''}`, {
    errCode,
    errMsg,
    api,
    cause: raw,
  })
}
