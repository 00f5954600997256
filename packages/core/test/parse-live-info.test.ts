import { type LiveError, type LiveInfo, type ParseResult, parseLiveInfo } from '@taro-live/core'
import { describe, expect, it } from 'vitest'

function value(result: ParseResult<LiveInfo>): LiveInfo {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.message}`)
  return result.value
}

function failure(result: ParseResult<LiveInfo>): LiveError {
  if (result.ok) throw new Error('expected a malformed-response failure')
  return result.error
}

const base = {
  feedId: 'export/feed',
  nonceId: '123456',
  description: 'Topic',
  headUrl: 'https://wx.qlogo.cn/avatar',
  nickname: 'Channel',
}

describe('parseLiveInfo: status', () => {
  it.each([
    { status: 1, expected: 'never' },
    { status: 2, expected: 'live' },
    { status: 3, expected: 'ended' },
    { status: 4, expected: 'preparing' },
  ])('status $status -> $expected', ({ status, expected }) => {
    const info = value(parseLiveInfo({ ...base, status }))
    expect(info.status).toBe(expected)
    expect(info.statusCode).toBe(status)
  })

  it.each([0, 5, 99, 2.5, -2])('undocumented status %s -> unknown, never live', (status) => {
    const info = value(parseLiveInfo({ ...base, status }))
    expect(info.status).toBe('unknown')
    expect(info.statusCode).toBe(status)
  })

  it('reads a numeric string status', () => {
    const info = value(parseLiveInfo({ ...base, status: '2' }))
    expect(info.status).toBe('live')
    expect(info.statusCode).toBe(2)
  })

  it('parses a full result', () => {
    expect(parseLiveInfo({ ...base, status: 2 })).toEqual({
      ok: true,
      value: {
        status: 'live',
        statusCode: 2,
        feedId: 'export/feed',
        nonceId: '123456',
        description: 'Topic',
        headUrl: 'https://wx.qlogo.cn/avatar',
        nickname: 'Channel',
        replayStatus: undefined,
        otherInfos: [],
      },
    })
  })

  it('defaults absent or null text fields and ids', () => {
    const info = value(parseLiveInfo({ status: 1, headUrl: null, feedId: '', nonceId: null }))
    expect(info.feedId).toBeUndefined()
    expect(info.nonceId).toBeUndefined()
    expect(info.description).toBe('')
    expect(info.headUrl).toBe('')
    expect(info.nickname).toBe('')
    expect(info.replayStatus).toBeUndefined()
    expect(info.otherInfos).toEqual([])
  })

  it('coerces a numeric feedId and nonceId to strings', () => {
    const info = value(parseLiveInfo({ status: 3, feedId: 987654321, nonceId: 42 }))
    expect(info.feedId).toBe('987654321')
    expect(info.nonceId).toBe('42')
  })
})

describe('parseLiveInfo: replayStatus', () => {
  it.each([
    { replayStatus: 0, expected: 'not-generated' },
    { replayStatus: 1, expected: 'generated' },
    { replayStatus: 3, expected: 'generating' },
    { replayStatus: 6, expected: 'expired' },
    { replayStatus: '0', expected: 'not-generated' },
    { replayStatus: '1', expected: 'generated' },
    { replayStatus: '3', expected: 'generating' },
    { replayStatus: '6', expected: 'expired' },
    { replayStatus: 2, expected: 'unknown' },
    { replayStatus: '7', expected: 'unknown' },
  ])('replayStatus $replayStatus -> $expected', ({ replayStatus, expected }) => {
    expect(value(parseLiveInfo({ status: 3, replayStatus })).replayStatus).toBe(expected)
  })
})

describe('parseLiveInfo: otherInfos', () => {
  it.each([
    ['an object', {}],
    ['a string', 'none'],
    ['entries of odd shapes', [null, 'entry', { status: { code: 3 } }, { feedId: 'f' }, 7]],
  ])('%s: the answer stands, odd entries are skipped', (_, otherInfos) => {
    const parsed = parseLiveInfo({ status: 2, feedId: 'top', otherInfos })
    expect(parsed.ok).toBe(true)
    expect(parsed.ok && parsed.value.feedId).toBe('top')
    expect(parsed.ok && parsed.value.otherInfos).toEqual([])
  })

  it('keeps the good entries around an odd one', () => {
    const parsed = parseLiveInfo({
      status: 2,
      otherInfos: [{ status: 3, feedId: 'a' }, null, { status: 3, feedId: 'b' }],
    })
    expect(parsed.ok && parsed.value.otherInfos.map((e) => e.feedId)).toEqual(['a', 'b'])
  })

  it('parses each older live', () => {
    const info = value(
      parseLiveInfo({
        ...base,
        status: 2,
        otherInfos: [
          { status: 3, feedId: 11, nonceId: 'n1', replayStatus: '1', description: 'old' },
          { status: '3', feedId: 'f2', replayStatus: 6 },
        ],
      }),
    )
    expect(info.otherInfos).toEqual([
      {
        status: 'ended',
        statusCode: 3,
        feedId: '11',
        nonceId: 'n1',
        description: 'old',
        headUrl: '',
        nickname: '',
        replayStatus: 'generated',
      },
      {
        status: 'ended',
        statusCode: 3,
        feedId: 'f2',
        nonceId: undefined,
        description: '',
        headUrl: '',
        nickname: '',
        replayStatus: 'expired',
      },
    ])
  })
})

describe('parseLiveInfo: malformed results', () => {
  it.each<{ name: string; raw: unknown; message: string }>([
    { name: 'null', raw: null, message: 'getChannelsLiveInfo should be an object, got null' },
    {
      name: 'undefined',
      raw: undefined,
      message: 'getChannelsLiveInfo should be an object, got undefined',
    },
    {
      name: 'a string',
      raw: 'live',
      message: 'getChannelsLiveInfo should be an object, got string',
    },
    { name: 'an array', raw: [2], message: 'getChannelsLiveInfo should be an object, got array' },
    {
      name: 'missing status',
      raw: { ...base },
      message: 'getChannelsLiveInfo.status should be a number, got undefined',
    },
    {
      name: 'status {}',
      raw: { status: {} },
      message: 'getChannelsLiveInfo.status should be a number, got object',
    },
    {
      name: "status 'abc'",
      raw: { status: 'abc' },
      message: 'getChannelsLiveInfo.status should be a number, got string',
    },
    {
      name: "status ''",
      raw: { status: '' },
      message: 'getChannelsLiveInfo.status should be a number, got string',
    },
    {
      name: 'status true',
      raw: { status: true },
      message: 'getChannelsLiveInfo.status should be a number, got boolean',
    },
    {
      name: 'headUrl 5',
      raw: { status: 2, headUrl: 5 },
      message: 'getChannelsLiveInfo.headUrl should be a string, got number',
    },
    {
      name: 'feedId {}',
      raw: { status: 2, feedId: {} },
      message: 'getChannelsLiveInfo.feedId should be a string or number id, got object',
    },
    {
      name: "replayStatus 'x'",
      raw: { status: 3, replayStatus: 'x' },
      message: 'getChannelsLiveInfo.replayStatus should be a number, got string',
    },
  ])('$name -> malformed-response', ({ raw, message }) => {
    const error = failure(parseLiveInfo(raw))
    expect(error.code).toBe('malformed-response')
    expect(error.retryable).toBe(false)
    expect(error.api).toBe('getChannelsLiveInfo')
    expect(error.message).toBe(`Malformed getChannelsLiveInfo result: ${message}`)
  })

  it('a throwing getter becomes a malformed-response, not a throw', () => {
    const raw = {
      get status(): number {
        throw new Error('boom')
      },
    }
    const error = failure(parseLiveInfo(raw))
    expect(error.code).toBe('malformed-response')
    expect(error.message).toBe('Malformed getChannelsLiveInfo result: unreadable value')
  })
})
