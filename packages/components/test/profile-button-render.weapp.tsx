// ProfileButton's render prop on the weapp render path: the props it hands out for WeChat's native
// button and input carry the open type, `type="nickname"`, WeChat's events and ARIA attributes, and
// an app's own `Button` / `Input` pass them on to the template.

import { ProfileButton, type ProfileButtonRenderProps } from '@taro-live/components/profile-button'
import type { UserProfile } from '@taro-live/core'
import { Button, Input, Text, View } from '@tarojs/components'
import { act, cleanup, fireEvent } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MODES, renderWith, settle, setupSim } from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'
import { propsOf } from './support/taro-components-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
})

const $ = (selector: string) => document.querySelector(selector)
const fire = (selector: string, handler: string, detail: unknown) =>
  act(() => {
    ;(propsOf($(selector))[handler] as (event: { detail: unknown }) => void)({ detail })
  })

function Mine({ p }: { p: ProfileButtonRenderProps }) {
  if (p.mode === 'profile') return <Text className="my-name">{p.profile?.nickName}</Text>
  if (p.mode === 'authorize') return <Button className="my-authorize" {...p.authorizeButtonProps} />
  return (
    <View>
      <Button className="my-avatar" {...p.avatarButtonProps} />
      <Input className="my-input" {...p.nicknameInputProps} />
      <View className="my-save" onClick={p.save} />
    </View>
  )
}

describe.each(MODES)('ProfileButton render prop on the weapp render path (%s)', (_mode, wrap) => {
  it('chooseAvatar: the open type, the nickname input and their events reach WeChat', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' })
    const profiles: UserProfile[] = []
    renderWith(
      <ProfileButton onProfile={(p) => profiles.push(p)}>{(p) => <Mine p={p} />}</ProfileButton>,
      { platform, wrap },
    )
    const avatar = propsOf($('.my-avatar'))
    expect($('.my-avatar')?.getAttribute('data-component')).toBe('Button')
    expect(avatar.openType).toBe('chooseAvatar')
    expect(avatar['aria-role']).toBe('button')
    expect(avatar['aria-label']).toBe('选择头像')
    expect(avatar.role).toBeUndefined()
    const input = propsOf($('.my-input'))
    expect($('.my-input')?.getAttribute('data-component')).toBe('Input')
    expect(input.type).toBe('nickname')
    expect(input['aria-label']).toBe('请输入昵称')
    expect(typeof input.onNickNameReview).toBe('function')

    fire('.my-avatar', 'onChooseAvatar', { avatarUrl: 'wxfile://tmp_1.jpg' })
    fire('.my-input', 'onInput', { value: '坏名字' })
    fire('.my-input', 'onNickNameReview', { pass: false, timeout: false })
    expect(propsOf($('.my-input')).value).toBe('')
    fire('.my-input', 'onInput', { value: '小橙' })
    fireEvent.click($('.my-save') as Element)
    await settle()
    expect(profiles).toMatchObject([
      { strategy: 'chooseAvatar', nickName: '小橙', avatarUrl: 'wxfile://tmp_1.jpg' },
    ])
    expect($('.my-name')?.textContent).toBe('小橙')
  })

  it("getUserInfo below 2.10.4: the open type and its event on the app's button", async () => {
    const { platform } = setupSim({ baseLibrary: '2.10.3' })
    const onProfile = vi.fn()
    renderWith(<ProfileButton onProfile={onProfile}>{(p) => <Mine p={p} />}</ProfileButton>, {
      platform,
      wrap,
    })
    expect(propsOf($('.my-authorize')).openType).toBe('getUserInfo')
    fire('.my-authorize', 'onGetUserInfo', {
      errMsg: 'getUserInfo:ok',
      userInfo: { nickName: '小橙', avatarUrl: 'https://thirdwx.qlogo.cn/x/132' },
    })
    expect(onProfile).toHaveBeenCalledWith(expect.objectContaining({ strategy: 'getUserInfo' }))
  })

  it('getUserProfile: no open type; the tap calls getUserProfile in the gesture', async () => {
    const { sim, platform } = setupSim({ baseLibrary: '2.20.0' })
    renderWith(<ProfileButton>{(p) => <Mine p={p} />}</ProfileButton>, { platform, wrap })
    expect(propsOf($('.my-authorize')).openType).toBeUndefined()
    fireEvent.click($('.my-authorize') as Element)
    await settle()
    expect(sim.callsTo('getUserProfile')).toMatchObject([{ inTap: true }])
  })
})
