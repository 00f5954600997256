// @vitest-environment jsdom

import {
  ProfileButton,
  type ProfileButtonProfile,
  type ProfileButtonRenderProps,
} from '@taro-live/components/profile-button'
import type { UserProfile } from '@taro-live/core'
import { Button, Image, Input, Text, View } from '@tarojs/components'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MODES, renderWith, settle, setupSim } from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
})

const APP_PROFILE: ProfileButtonProfile = {
  nickName: '老顾客',
  avatarUrl: 'https://cdn.example.invalid/me.png',
}
const root = () => document.querySelector('.tl-profile-button') as HTMLElement | null

function typeNickname(value: string) {
  const input = screen.getByRole('textbox', { name: '请输入昵称' })
  fireEvent.input(input, { target: { value } })
  fireEvent.blur(input, { target: { value } })
}

/** An app's own profile UI on the render prop, WeChat's native button and input kept. */
function MyProfile({ p, seen }: { p: ProfileButtonRenderProps; seen: ProfileButtonRenderProps[] }) {
  seen.push(p)
  if (p.mode === 'profile') {
    return (
      <View className="my-profile">
        <Text className="my-name">{p.profile?.nickName}</Text>
        {p.anonymous && <Text className="my-anonymous">{p.texts.anonymous}</Text>}
        <View className="my-change" onClick={p.change}>
          edit
        </View>
      </View>
    )
  }
  if (p.mode === 'form') {
    return (
      <View className="my-form">
        <Button className="my-avatar" {...p.avatarButtonProps}>
          {p.draft.avatarUrl ? <Image src={p.draft.avatarUrl} /> : '+'}
        </Button>
        <Input className="my-input" {...p.nicknameInputProps} />
        <View className="my-save" onClick={p.save}>
          {p.ready ? 'save' : 'fill in'}
        </View>
        {p.profile && (
          <View className="my-cancel" onClick={p.cancel}>
            back
          </View>
        )}
      </View>
    )
  }
  return (
    <Button className="my-authorize" {...p.authorizeButtonProps}>
      {p.busy ? '…' : p.texts.authorize}
    </Button>
  )
}

/** An app that owns the profile: logs in and out, and keeps what the user gives. */
function ControlledApp({ seen }: { seen: Array<ProfileButtonProfile | null> }) {
  const [profile, setProfile] = useState<ProfileButtonProfile | null>(null)
  seen.push(profile)
  return (
    <>
      <ProfileButton profile={profile} onProfile={setProfile} />
      <View className="logout" onClick={() => setProfile(null)} />
      <View className="login" onClick={() => setProfile(APP_PROFILE)} />
    </>
  )
}

describe.each(MODES)('ProfileButton customisation (%s)', (_mode, wrap) => {
  it('render prop, chooseAvatar: the form with the native props, saved, then the profile', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    const profiles: UserProfile[] = []
    const seen: ProfileButtonRenderProps[] = []
    renderWith(
      <ProfileButton onProfile={(p) => profiles.push(p)}>
        {(p) => <MyProfile p={p} seen={seen} />}
      </ProfileButton>,
      { platform, wrap },
    )
    expect(root()).toBeNull()
    expect(seen[seen.length - 1]).toMatchObject({
      mode: 'form',
      strategy: 'chooseAvatar',
      profile: undefined,
      ready: false,
      busy: false,
    })
    // Accessible names come with the props (the H5 build: role, label, keyboard).
    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    typeNickname('小橙')
    expect(seen[seen.length - 1]?.ready).toBe(true)
    expect(seen[seen.length - 1]?.draft.nickName).toBe('小橙')
    fireEvent.click(document.querySelector('.my-save') as Element)
    await settle()
    expect(profiles).toMatchObject([{ strategy: 'chooseAvatar', nickName: '小橙' }])
    expect(document.querySelector('.my-name')?.textContent).toBe('小橙')

    // change → the form, cancel → the profile again.
    fireEvent.click(document.querySelector('.my-change') as Element)
    expect(document.querySelector('.my-form')).not.toBeNull()
    fireEvent.click(document.querySelector('.my-cancel') as Element)
    expect(document.querySelector('.my-name')?.textContent).toBe('小橙')
  })

  it('render prop, getUserProfile: the popup opens first thing in the tap on its button', async () => {
    const { sim, platform } = setupSim({ baseLibrary: '2.20.0' })
    const profiles: UserProfile[] = []
    const seen: ProfileButtonRenderProps[] = []
    renderWith(
      <ProfileButton onProfile={(p) => profiles.push(p)}>
        {(p) => <MyProfile p={p} seen={seen} />}
      </ProfileButton>,
      { platform, wrap },
    )
    expect(seen[seen.length - 1]).toMatchObject({ mode: 'authorize', strategy: 'getUserProfile' })
    const button = screen.getByRole('button', { name: '获取头像昵称' })
    fireEvent.click(button)
    fireEvent.click(button)
    expect(sim.callsTo('getUserProfile')).toMatchObject([{ inTap: true }])
    await settle()
    expect(profiles).toHaveLength(1)
    expect(seen[seen.length - 1]?.mode).toBe('profile')
  })

  it('save does nothing until the form is ready', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    const onProfile = vi.fn()
    renderWith(
      <ProfileButton onProfile={onProfile}>{(p) => <MyProfile p={p} seen={[]} />}</ProfileButton>,
      { platform, wrap },
    )
    fireEvent.click(document.querySelector('.my-save') as Element)
    await settle()
    expect(onProfile).not.toHaveBeenCalled()
  })

  it('defaultProfile: shown while nothing is cached, without asking; what the user gives wins', async () => {
    const { sim, platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    const profiles: UserProfile[] = []
    renderWith(<ProfileButton defaultProfile={APP_PROFILE} onProfile={(p) => profiles.push(p)} />, {
      platform,
      wrap,
    })
    await settle()
    expect(root()?.className).toContain('tl-profile-button--profile')
    expect(root()?.textContent).toContain('老顾客')
    expect(root()?.querySelector('img')?.getAttribute('src')).toBe(APP_PROFILE.avatarUrl)
    expect(root()?.textContent).not.toContain('未授权')
    expect(sim.calls).toEqual([])

    fireEvent.click(screen.getByRole('button', { name: '修改' }))
    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    typeNickname('新名字')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await settle()
    expect(profiles).toMatchObject([{ nickName: '新名字' }])
    expect(root()?.textContent).toContain('新名字')
    expect(root()?.textContent).not.toContain('老顾客')
  })

  it('defaultProfile with no avatar: an empty circle; anonymous data gets the tag', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    renderWith(
      <ProfileButton
        defaultProfile={{
          nickName: '微信用户',
          avatarUrl: '',
          anonymous: { nickname: true, avatar: false },
        }}
      />,
      { platform, wrap },
    )
    expect(root()?.querySelector('.tl-profile-button__avatar--empty')).not.toBeNull()
    expect(root()?.textContent).toContain('未授权')
  })

  it('profile (controlled): shown whatever is cached; null asks; the app updates it from onProfile', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    const seen: Array<ProfileButtonProfile | null> = []
    renderWith(<ControlledApp seen={seen} />, { platform, wrap })
    expect(root()?.className).toContain('--form')
    fireEvent.click(document.querySelector('.login') as Element)
    expect(root()?.textContent).toContain('老顾客')

    fireEvent.click(screen.getByRole('button', { name: '修改' }))
    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    typeNickname('小橙')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await settle()
    expect(seen[seen.length - 1]).toMatchObject({ nickName: '小橙' })
    expect(root()?.textContent).toContain('小橙')

    // The cache holds 小橙 now, but the app says "no profile": the form, not the cached one.
    fireEvent.click(document.querySelector('.logout') as Element)
    expect(root()?.className).toContain('--form')
    expect(root()?.textContent).not.toContain('小橙')
  })

  it("profile (controlled) without an update from the app keeps showing the app's profile", async () => {
    const { platform } = setupSim({ baseLibrary: '2.20.0' })
    const onProfile = vi.fn()
    renderWith(<ProfileButton profile={APP_PROFILE} onProfile={onProfile} />, { platform, wrap })
    fireEvent.click(screen.getByRole('button', { name: '修改' }))
    fireEvent.click(screen.getByRole('button', { name: '获取头像昵称' }))
    await settle()
    expect(onProfile).toHaveBeenCalledTimes(1)
    expect(root()?.textContent).toContain('老顾客')
  })

  it('off WeChat: the fallback, never the render prop', async () => {
    const children = vi.fn(() => <Text>mine</Text>)
    render(
      wrap(
        <ProfileButton fallback={<span>fallback</span>} defaultProfile={APP_PROFILE}>
          {children}
        </ProfileButton>,
      ),
    )
    await settle()
    expect(screen.getByText('fallback')).toBeTruthy()
    expect(children).not.toHaveBeenCalled()
  })
})
