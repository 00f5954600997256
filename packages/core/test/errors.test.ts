import {
  isLiveError,
  LIVE_ERROR_CODES,
  LiveError,
  type LiveErrorCode,
  toLiveError,
} from '@taro-live/core'
import { describe, expect, it } from 'vitest'

const API = 'getChannelsLiveInfo'

describe('toLiveError: the err_code table of docs/platform.md, Errors', () => {
  it.each<{ errCode: number; code: LiveErrorCode }>([
    { errCode: -14, code: 'devtools-unsupported' },
    { errCode: 100008, code: 'subject-mismatch-or-unverified' },
    { errCode: 40097, code: 'invalid-params' },
    { errCode: 1416100, code: 'invalid-channel' },
    { errCode: 1416104, code: 'no-data' },
  ])('err_code $errCode -> $code, not retryable', ({ errCode, code }) => {
    const error = toLiveError({ errMsg: 'getChannelsLiveInfo:fail ...', err_code: errCode }, API)
    expect(error).toBeInstanceOf(LiveError)
    expect(error.code).toBe(code)
    expect(error.errCode).toBe(errCode)
    expect(error.retryable).toBe(false)
    expect(error.errMsg).toBe('getChannelsLiveInfo:fail ...')
    expect(error.api).toBe(API)
    expect(error.name).toBe('LiveError')
    expect(error.message).toBe(
      `getChannelsLiveInfo failed (${code}) — err_code ${errCode}: getChannelsLiveInfo:fail ...`,
    )
  })

  it.each<{ errCode: string; code: LiveErrorCode; n: number }>([
    { errCode: '-14', code: 'devtools-unsupported', n: -14 },
    { errCode: '100008', code: 'subject-mismatch-or-unverified', n: 100008 },
    { errCode: '40097', code: 'invalid-params', n: 40097 },
    { errCode: '1416100', code: 'invalid-channel', n: 1416100 },
    { errCode: '1416104', code: 'no-data', n: 1416104 },
  ])('err_code given as the string $errCode -> $code', ({ errCode, code, n }) => {
    const error = toLiveError({ errMsg: 'getChannelsLiveInfo:fail ...', err_code: errCode })
    expect(error.code).toBe(code)
    expect(error.errCode).toBe(n)
    expect(error.retryable).toBe(false)
  })

  it('reads a wrapper-renamed `errCode` field', () => {
    const error = toLiveError({ errMsg: 'getChannelsLiveInfo:fail ...', errCode: 1416104 })
    expect(error.code).toBe('no-data')
    expect(error.errCode).toBe(1416104)
    expect(error.retryable).toBe(false)
  })

  it('prefers `err_code` over `errCode` when both are given', () => {
    const error = toLiveError({ errMsg: 'x:fail', err_code: 40097, errCode: 1416104 })
    expect(error.code).toBe('invalid-params')
    expect(error.errCode).toBe(40097)
  })

  it('an undocumented err_code (123) is a retryable platform failure that keeps the number', () => {
    const error = toLiveError({ errMsg: 'getChannelsLiveInfo:fail ...', err_code: 123 }, API)
    expect(error.code).toBe('platform-failure')
    expect(error.retryable).toBe(true)
    expect(error.errCode).toBe(123)
  })

  it('the Platform call message is used when no api is given', () => {
    const error = toLiveError({ errMsg: 'getChannelsLiveInfo:fail ...', err_code: -14 })
    expect(error.api).toBeUndefined()
    expect(error.message).toBe(
      'Platform call failed (devtools-unsupported) — err_code -14: getChannelsLiveInfo:fail ...',
    )
  })
})

describe('toLiveError: messages without a known err_code', () => {
  it.each<{ name: string; raw: unknown; code: LiveErrorCode; retryable: boolean }>([
    {
      name: 'Taro H5 stub with the API name',
      raw: { errMsg: '暂时不支持 API getChannelsLiveInfo' },
      code: 'unsupported-platform',
      retryable: false,
    },
    {
      name: 'Taro H5 stub, bare',
      raw: { errMsg: '暂时不支持 API' },
      code: 'unsupported-platform',
      retryable: false,
    },
    {
      name: 'gesture rule',
      raw: { errMsg: 'openChannelsLive:fail can only be invoked by user TAP gesture.' },
      code: 'gesture-required',
      retryable: false,
    },
    { name: 'timeout', raw: { errMsg: 'timeout' }, code: 'timeout', retryable: true },
    { name: 'timeout as a string', raw: 'timeout', code: 'timeout', retryable: true },
    {
      name: 'auth deny',
      raw: { errMsg: 'getUserProfile:fail auth deny' },
      code: 'denied',
      retryable: false,
    },
    {
      name: 'user cancel',
      raw: { errMsg: 'openChannelsLive:fail cancel' },
      code: 'cancelled',
      retryable: false,
    },
    {
      name: 'a thrown TypeError for a missing API',
      raw: new TypeError('wx.getChannelsLiveInfo is not a function'),
      code: 'api-missing',
      retryable: false,
    },
    {
      name: 'an unrecognised message',
      raw: { errMsg: 'getChannelsLiveInfo:fail ...' },
      code: 'platform-failure',
      retryable: true,
    },
    { name: 'undefined', raw: undefined, code: 'platform-failure', retryable: true },
    { name: 'null', raw: null, code: 'platform-failure', retryable: true },
    { name: 'a number', raw: 42, code: 'platform-failure', retryable: true },
  ])('$name -> $code', ({ raw, code, retryable }) => {
    const error = toLiveError(raw)
    expect(error).toBeInstanceOf(LiveError)
    expect(error.code).toBe(code)
    expect(error.retryable).toBe(retryable)
    expect(error.errCode).toBeUndefined()
  })

  it('keeps the raw value as the cause and the message as errMsg', () => {
    const thrown = new TypeError('wx.getChannelsLiveInfo is not a function')
    const error = toLiveError(thrown, API)
    expect(error.cause).toBe(thrown)
    expect(error.errMsg).toBe('wx.getChannelsLiveInfo is not a function')
    expect(error.message).toBe(
      'getChannelsLiveInfo failed (api-missing) — wx.getChannelsLiveInfo is not a function',
    )
  })

  it('a known err_code wins over the message rules', () => {
    const error = toLiveError({ errMsg: 'getChannelsLiveInfo:fail timeout', err_code: 1416100 })
    expect(error.code).toBe('invalid-channel')
    expect(error.retryable).toBe(false)
  })

  it('an unknown err_code still lets the message decide', () => {
    const error = toLiveError({ errMsg: 'openChannelsLive:fail cancel', err_code: 123 })
    expect(error.code).toBe('cancelled')
    expect(error.errCode).toBe(123)
  })
})

describe('toLiveError: LiveError values', () => {
  it('passes a LiveError through unchanged', () => {
    const original = new LiveError('no-data', 'nothing here', { errCode: 1416104, api: API })
    const result = toLiveError(original, 'otherApi')
    expect(result).toBe(original)
    expect(result.code).toBe('no-data')
    expect(result.api).toBe(API)
    expect(result.message).toBe('nothing here')
  })

  it('a throwing getter does not escape toLiveError', () => {
    const hostile = {
      get errMsg(): string {
        throw new Error('boom')
      },
    }
    const error = toLiveError(hostile)
    expect(error.code).toBe('platform-failure')
    expect(error.retryable).toBe(true)
  })

  // A revoked Proxy makes even the `instanceof` check throw.
  it('a revoked Proxy becomes a platform failure instead of throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(toLiveError(proxy).code).toBe('platform-failure')
  })

  it('a throwing `name` getter becomes a platform failure instead of throwing', () => {
    const hostile = {
      get name(): string {
        throw new Error('boom')
      },
    }
    expect(toLiveError(hostile).code).toBe('platform-failure')
  })
})

describe('isLiveError', () => {
  it('is true for a LiveError', () => {
    expect(isLiveError(new LiveError('timeout', 't'))).toBe(true)
  })

  it('is true for a look-alike made by another copy of the package', () => {
    const foreign = { name: 'LiveError', code: 'timeout', retryable: true, message: 'x' }
    expect(isLiveError(foreign)).toBe(true)
    expect(toLiveError(foreign)).toBe(foreign)
  })

  it.each<{ name: string; value: unknown }>([
    { name: 'a plain Error', value: new Error('timeout') },
    { name: 'wrong name', value: { name: 'Error', code: 'timeout', retryable: true } },
    { name: 'missing code', value: { name: 'LiveError', retryable: true } },
    { name: 'numeric code', value: { name: 'LiveError', code: 5, retryable: true } },
    { name: 'missing retryable', value: { name: 'LiveError', code: 'timeout' } },
    { name: 'string retryable', value: { name: 'LiveError', code: 'timeout', retryable: 'yes' } },
    { name: 'a WeChat fail result', value: { errMsg: 'x:fail', err_code: -14 } },
    { name: 'the string LiveError', value: 'LiveError' },
    { name: 'null', value: null },
    { name: 'undefined', value: undefined },
  ])('is false for $name', ({ value }) => {
    expect(isLiveError(value)).toBe(false)
  })
})

describe('LIVE_ERROR_CODES', () => {
  const entries = Object.entries(LIVE_ERROR_CODES)

  it('lists the codes of the library', () => {
    expect(entries.length).toBe(17)
  })

  it.each(entries)('%s has a boolean retryable', (code, info) => {
    expect(typeof info.retryable).toBe('boolean')
    expect(new LiveError(code as LiveErrorCode, 'm').retryable).toBe(info.retryable)
  })

  it('maps each documented err_code to exactly one code', () => {
    const withErrCode = entries
      .filter(([, info]) => info.errCode !== undefined)
      .map(([code, info]) => [info.errCode, code])
    expect(withErrCode).toEqual([
      [-14, 'devtools-unsupported'],
      [100008, 'subject-mismatch-or-unverified'],
      [40097, 'invalid-params'],
      [1416100, 'invalid-channel'],
      [1416104, 'no-data'],
    ])
  })
})
