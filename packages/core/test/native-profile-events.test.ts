import { chosenAvatar, nicknameRejected, userInfoFromEvent } from '@taro-live/core/internal'
import { describe, expect, it } from 'vitest'

describe("WeChat's native profile events", () => {
  it.each([
    [{ avatarUrl: 'wxfile://tmp_1.jpg' }, 'wxfile://tmp_1.jpg'],
    [{ avatarUrl: '' }, undefined],
    [{ avatarUrl: 3 }, undefined],
    [null, undefined],
    ['x', undefined],
  ])('chooseavatar %j → %j', (detail, expected) => {
    expect(chosenAvatar(detail)).toBe(expected)
  })

  it.each([
    [{ pass: false, timeout: false }, true],
    [{ pass: false }, true],
    // A review that timed out lets the nickname stand.
    [{ pass: false, timeout: true }, false],
    [{ pass: true, timeout: false }, false],
    [undefined, false],
  ])('nicknamereview %j rejected: %s', (detail, rejected) => {
    expect(nicknameRejected(detail)).toBe(rejected)
  })

  it('getuserinfo: a fail errMsg is a failure, else the userInfo', () => {
    expect(userInfoFromEvent({ errMsg: 'getUserInfo:fail auth deny' })).toEqual({ failed: true })
    const userInfo = { nickName: '小橙', avatarUrl: 'https://a' }
    expect(userInfoFromEvent({ errMsg: 'getUserInfo:ok', userInfo })).toEqual({
      failed: false,
      userInfo,
    })
    expect(userInfoFromEvent(undefined)).toEqual({ failed: false, userInfo: undefined })
  })
})
