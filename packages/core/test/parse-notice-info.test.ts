import { type LiveError, type NoticeInfo, type ParseResult, parseNoticeInfo } from '@taro-live/core'
import { describe, expect, it } from 'vitest'

function value(result: ParseResult<NoticeInfo>): NoticeInfo {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.message}`)
  return result.value
}

function failure(result: ParseResult<NoticeInfo>): LiveError {
  if (result.ok) throw new Error('expected a malformed-response failure')
  return result.error
}

const base = {
  noticeId: 'notice-1',
  status: 0,
  startTime: '1700000000',
  headUrl: 'https://wx.qlogo.cn/avatar',
  nickname: 'Channel',
  reservable: true,
}

describe('parseNoticeInfo', () => {
  it('parses a full result', () => {
    expect(parseNoticeInfo(base)).toEqual({
      ok: true,
      value: {
        noticeId: 'notice-1',
        status: 'usable',
        statusCode: 0,
        startTime: 1700000000000,
        headUrl: 'https://wx.qlogo.cn/avatar',
        nickname: 'Channel',
        reservable: true,
        otherInfos: [],
      },
    })
  })

  it('accepts Taro’s misspelt `nonceId`', () => {
    const { noticeId: _omitted, ...rest } = base
    expect(value(parseNoticeInfo({ ...rest, nonceId: 'taro-id' })).noticeId).toBe('taro-id')
  })

  it('prefers `noticeId` when both are given', () => {
    expect(value(parseNoticeInfo({ ...base, nonceId: 'other' })).noticeId).toBe('notice-1')
  })

  it('coerces a numeric id to a string', () => {
    expect(value(parseNoticeInfo({ ...base, noticeId: 77 })).noticeId).toBe('77')
  })

  it.each<{ startTime: string | number }>([{ startTime: '1700000000' }, { startTime: 1700000000 }])(
    'startTime $startTime (seconds) -> epoch ms',
    ({ startTime }) => {
      expect(value(parseNoticeInfo({ ...base, startTime })).startTime).toBe(1700000000000)
    },
  )

  it.each([
    { status: 0, expected: 'usable' },
    { status: 1, expected: 'cancelled' },
    { status: 2, expected: 'used' },
    { status: '1', expected: 'cancelled' },
    { status: 3, expected: 'unknown' },
  ])('status $status -> $expected', ({ status, expected }) => {
    const info = value(parseNoticeInfo({ ...base, status }))
    expect(info.status).toBe(expected)
    expect(info.statusCode).toBe(Number(status))
  })

  it('a missing status counts as usable (0)', () => {
    const { status: _omitted, ...rest } = base
    const info = value(parseNoticeInfo(rest))
    expect(info.status).toBe('usable')
    expect(info.statusCode).toBe(0)
  })

  it.each<{ reservable: unknown; expected: boolean }>([
    { reservable: true, expected: true },
    { reservable: false, expected: false },
    { reservable: 1, expected: true },
    { reservable: 0, expected: false },
    { reservable: undefined, expected: true },
    { reservable: null, expected: true },
  ])('reservable $reservable -> $expected', ({ reservable, expected }) => {
    expect(value(parseNoticeInfo({ ...base, reservable })).reservable).toBe(expected)
  })

  it('reservable missing -> true', () => {
    const { reservable: _omitted, ...rest } = base
    expect(value(parseNoticeInfo(rest)).reservable).toBe(true)
  })

  it('skips odd otherInfos entries and keeps the answer', () => {
    const parsed = parseNoticeInfo({
      noticeId: 'n1',
      startTime: '1700000000',
      otherInfos: [null, { startTime: 1700003600 }, { noticeId: 'n2', startTime: '1700003600' }],
    })
    expect(parsed.ok && parsed.value.otherInfos.map((e) => e.noticeId)).toEqual(['n2'])
    expect(parseNoticeInfo({ noticeId: 'n1', startTime: 1, otherInfos: 3 }).ok).toBe(true)
  })

  it('parses otherInfos', () => {
    const info = value(
      parseNoticeInfo({
        ...base,
        otherInfos: [{ nonceId: 'n2', startTime: 1700003600, reservable: false }],
      }),
    )
    expect(info.otherInfos).toEqual([
      {
        noticeId: 'n2',
        status: 'usable',
        statusCode: 0,
        startTime: 1700003600000,
        headUrl: '',
        nickname: '',
        reservable: false,
      },
    ])
  })
})

describe('parseNoticeInfo: malformed results', () => {
  const api = 'getChannelsLiveNoticeInfo'
  it.each<{ name: string; raw: unknown; message: string }>([
    { name: 'null', raw: null, message: `${api} should be an object, got null` },
    { name: 'undefined', raw: undefined, message: `${api} should be an object, got undefined` },
    { name: 'a string', raw: 'notice', message: `${api} should be an object, got string` },
    { name: 'an array', raw: [base], message: `${api} should be an object, got array` },
    {
      name: 'missing id',
      raw: { startTime: '1700000000' },
      message: `${api}.noticeId or nonceId should be a string or number id, got undefined`,
    },
    {
      name: 'empty id',
      raw: { noticeId: '', startTime: '1700000000' },
      message: `${api}.noticeId or nonceId should be a string or number id, got undefined`,
    },
    {
      name: 'id an object',
      raw: { noticeId: {}, startTime: '1700000000' },
      message: `${api}.noticeId should be a string or number id, got object`,
    },
    {
      name: 'missing startTime',
      raw: { noticeId: 'n' },
      message: `${api}.startTime should be a number, got undefined`,
    },
    {
      name: "startTime 'soon'",
      raw: { noticeId: 'n', startTime: 'soon' },
      message: `${api}.startTime should be a number, got string`,
    },
    {
      name: "status 'x'",
      raw: { ...base, status: 'x' },
      message: `${api}.status should be a number, got string`,
    },
    {
      name: 'headUrl 5',
      raw: { ...base, headUrl: 5 },
      message: `${api}.headUrl should be a string, got number`,
    },
    {
      name: "reservable 'yes'",
      raw: { ...base, reservable: 'yes' },
      message: `${api}.reservable should be a boolean, got string`,
    },
  ])('$name -> malformed-response', ({ raw, message }) => {
    const error = failure(parseNoticeInfo(raw))
    expect(error.code).toBe('malformed-response')
    expect(error.api).toBe(api)
    expect(error.message).toBe(`Malformed ${api} result: ${message}`)
  })
})

describe('startTime overflow (found by the property test)', () => {
  it('rejects seconds so large that milliseconds overflow to Infinity', () => {
    const result = parseNoticeInfo({ noticeId: 'n', startTime: '1e306' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain('startTime')
  })
})
