// The weapp render path: what reaches WeChat's templates, and WeChat's native events driving the
// widgets. TARO_ENV is weapp here and `@tarojs/components` is a recording double (test/support).

import { LiveFloatingWindow } from '@taro-live/components/live-floating-window'
import { LiveReserveCard } from '@taro-live/components/live-reserve-card'
import { ProfileButton } from '@taro-live/components/profile-button'
import type { UserProfile } from '@taro-live/core'
import { taroEnv } from '@taro-live/hooks/internal'
import { act, cleanup, fireEvent } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL, MODES, renderWith, settle, setupSim } from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'
import { propsOf } from './support/taro-components-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
})

const $ = (selector: string) => document.querySelector(selector)
/** What WeChat does when the user acts on a native component: calls its bound handler. */
const fire = (selector: string, handler: string, detail: unknown) =>
  act(() => {
    ;(propsOf($(selector))[handler] as (event: { detail: unknown }) => void)({ detail })
  })

describe.each(MODES)('weapp render path (%s)', (_mode, wrap) => {
  it('is a weapp build here', () => {
    expect(taroEnv()).toBe('weapp')
  })

  it('chooseAvatar: the open type and the nickname input reach WeChat; its events make the profile', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' })
    const profiles: UserProfile[] = []
    renderWith(<ProfileButton onProfile={(p) => profiles.push(p)} />, { platform, wrap })
    const avatar = propsOf($('.tl-profile-button__avatar'))
    expect(avatar.openType).toBe('chooseAvatar')
    const input = propsOf($('.tl-profile-button__input'))
    expect(input.type).toBe('nickname')
    expect(typeof input.onNickNameReview).toBe('function')
    // WeChat's own ARIA attributes, no H5-only ones (role, tabIndex, key handlers).
    expect(avatar['aria-role']).toBe('button')
    expect(avatar['aria-label']).toBe('选择头像')
    expect(avatar.role).toBeUndefined()
    expect(avatar.tabIndex).toBeUndefined()
    expect(avatar.onKeyDown).toBeUndefined()

    fire('.tl-profile-button__avatar', 'onChooseAvatar', { avatarUrl: 'wxfile://tmp_1.jpg' })
    fire('.tl-profile-button__input', 'onInput', { value: '坏名字' })
    fire('.tl-profile-button__input', 'onNickNameReview', { pass: false, timeout: false })
    expect($('.tl-profile-button__hint')).not.toBeNull()
    fire('.tl-profile-button__input', 'onInput', { value: '小橙' })
    fire('.tl-profile-button__input', 'onNickNameReview', { pass: true, timeout: false })
    fireEvent.click($('.tl-profile-button__button') as Element)
    await settle()
    expect(profiles).toMatchObject([
      { strategy: 'chooseAvatar', nickName: '小橙', avatarUrl: 'wxfile://tmp_1.jpg' },
    ])
  })

  it('getUserInfo below 2.10.4: the open type reaches WeChat; its event makes the profile', async () => {
    const { platform } = setupSim({ baseLibrary: '2.10.3' })
    const onProfile = vi.fn()
    renderWith(<ProfileButton onProfile={onProfile} />, { platform, wrap })
    expect(propsOf($('.tl-profile-button__button')).openType).toBe('getUserInfo')
    fire('.tl-profile-button__button', 'onGetUserInfo', {
      errMsg: 'getUserInfo:ok',
      userInfo: { nickName: '小橙', avatarUrl: 'https://thirdwx.qlogo.cn/x/132' },
    })
    expect(onProfile).toHaveBeenCalledWith(expect.objectContaining({ strategy: 'getUserInfo' }))
  })

  it('getUserProfile: a plain button, no open type; the tap calls getUserProfile', async () => {
    const { sim, platform } = setupSim({ baseLibrary: '2.20.0' })
    renderWith(<ProfileButton />, { platform, wrap })
    expect(propsOf($('.tl-profile-button__button')).openType).toBeUndefined()
    fireEvent.click($('.tl-profile-button__button') as Element)
    await settle()
    expect(sim.callsTo('getUserProfile')).toMatchObject([{ inTap: true }])
  })

  it('the floating window catches touchmove while draggable (no page scroll under a drag)', async () => {
    const { platform } = setupSim()
    renderWith(
      <>
        <LiveFloatingWindow finderUserName={CHANNEL} />
        <LiveFloatingWindow finderUserName={CHANNEL} draggable={false} className="fixed" />
      </>,
      { platform, wrap },
    )
    await settle()
    const [draggable, fixed] = document.querySelectorAll('.tl-floating-window')
    expect(propsOf(draggable ?? null).catchMove).toBe(true)
    expect(propsOf(fixed ?? null).catchMove).toBeUndefined()
    expect(propsOf($('.tl-floating-window__avatar')).imgProps).toBeUndefined()
  })
})

describe.each(MODES)('weapp render path: the reserve card (%s)', (_mode, wrap) => {
  it('reserves from a tap and shows 已预约; no H5-only attributes reach the template', async () => {
    const { sim, platform } = setupSim()
    sim.endLive(CHANNEL)
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 2 * 3_600_000 })
    sim.choose('reserveChannelsLive', 'confirm')
    renderWith(<LiveReserveCard finderUserName={CHANNEL} />, { platform, wrap })
    await settle()
    const button = $('.tl-reserve-card__button')
    expect(button?.textContent).toBe('预约')
    expect(propsOf(button).role).toBeUndefined()
    expect(propsOf($('.tl-reserve-card__cover')).imgProps).toBeUndefined()
    fireEvent.click(button as Element)
    await settle()
    expect($('.tl-reserve-card__button')?.textContent).toBe('已预约')
  })
})
