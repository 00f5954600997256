// @vitest-environment jsdom

import { ProfileButton } from '@taro-live/components/profile-button'
import { createWxPlatform, type LiveError, type UserProfile } from '@taro-live/core'
import type { WechatSimulator } from '@taro-live/simulator'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MODES, renderWith, settle, setupSim } from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

const form = () => document.querySelector('.tl-profile-button') as HTMLElement | null
const nicknameInput = () => screen.getByRole('textbox', { name: '请输入昵称' }) as HTMLInputElement

function typeNickname(value: string) {
  const input = nicknameInput()
  fireEvent.input(input, { target: { value } })
  fireEvent.blur(input, { target: { value } })
}

/** A `wx` like the simulator's but without `getUserProfile`, whatever its version says. */
function withoutGetUserProfile(sim: WechatSimulator): WechatSimulator {
  return new Proxy(sim, {
    get: (target, key) => (key === 'getUserProfile' ? undefined : Reflect.get(target, key)),
  })
}

/** A promise the test settles by hand: an upload in flight. */
function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

describe.each(MODES)('ProfileButton (%s)', (_mode, wrap) => {
  it.each([
    ['2.10.3', undefined, 'getUserInfo'],
    ['2.10.4', undefined, 'getUserProfile'],
    ['2.21.2', undefined, 'chooseAvatar'],
    ['2.21.2', 'getUserProfile' as const, 'getUserProfile'],
    ['2.27.0', undefined, 'chooseAvatar'],
    ['2.27.0', 'getUserProfile' as const, 'getUserProfile'],
    ['2.27.1', undefined, 'chooseAvatar'],
    // From 2.27.1 getUserProfile only gives "微信用户": never chosen, whatever is preferred.
    ['2.27.1', 'getUserProfile' as const, 'chooseAvatar'],
  ])('base library %s (prefer %s) → %s', async (baseLibrary, prefer, strategy) => {
    const { sim, platform } = setupSim({ baseLibrary }, 'simulator')
    const profiles: UserProfile[] = []
    renderWith(<ProfileButton prefer={prefer} onProfile={(p) => profiles.push(p)} />, {
      platform,
      wrap,
    })
    if (strategy === 'chooseAvatar') {
      fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
      typeNickname('小橙')
      fireEvent.click(screen.getByRole('button', { name: '保存' }))
    } else {
      fireEvent.click(screen.getByRole('button', { name: '获取头像昵称' }))
    }
    await settle()
    expect(profiles).toHaveLength(1)
    expect(profiles[0]?.strategy).toBe(strategy)
    if (strategy === 'getUserProfile') {
      expect(sim.callsTo('getUserProfile')).toMatchObject([
        { inTap: true, params: { desc: '用于完善会员资料' } },
      ])
    } else {
      expect(sim.callsTo('getUserProfile')).toHaveLength(0)
    }
    // Shown from the cache now: the avatar and nickname, and a way to change them.
    expect(screen.getByRole('button', { name: '修改' })).toBeTruthy()
    expect(form()?.textContent).toContain(profiles[0]?.nickName)
  })

  it('does not ask again when a profile is cached, also after a remount', async () => {
    // Through the Taro adapter: getUserProfile is an API call, no native button involved.
    const { sim, platform } = setupSim({ baseLibrary: '2.20.0' })
    const first = renderWith(<ProfileButton />, { platform, wrap })
    fireEvent.click(screen.getByRole('button', { name: '获取头像昵称' }))
    await settle()
    first.unmount()
    sim.clearCalls()

    const onProfile = vi.fn()
    renderWith(<ProfileButton onProfile={onProfile} />, { platform, wrap })
    await settle()
    expect(screen.queryByRole('button', { name: '获取头像昵称' })).toBeNull()
    expect(screen.getByRole('button', { name: '修改' })).toBeTruthy()
    expect(sim.calls.filter((c) => c.api === 'getUserProfile')).toHaveLength(0)
    expect(onProfile).not.toHaveBeenCalled()

    // "修改" asks again; "取消" is only for the chooseAvatar form, so ask and get a new one.
    fireEvent.click(screen.getByRole('button', { name: '修改' }))
    fireEvent.click(screen.getByRole('button', { name: '获取头像昵称' }))
    await settle()
    expect(onProfile).toHaveBeenCalledTimes(1)
  })

  it('chooseAvatar: the form saves avatar + nickname, and "修改" / "取消" keep the cached one', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    const profiles: UserProfile[] = []
    renderWith(<ProfileButton onProfile={(p) => profiles.push(p)} />, { platform, wrap })
    const save = screen.getByRole('button', { name: '保存' })
    expect(save.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(save)
    expect(profiles).toHaveLength(0)

    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    expect(form()?.querySelector('img')?.getAttribute('src')).toMatch(/^wxfile:\/\//)
    typeNickname('  小橙  ')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await settle()
    expect(profiles).toMatchObject([
      {
        strategy: 'chooseAvatar',
        nickName: '小橙',
        avatarUrl: expect.stringMatching(/^wxfile:\/\//),
        anonymous: { nickname: false, avatar: false },
      },
    ])

    fireEvent.click(screen.getByRole('button', { name: '修改' }))
    fireEvent.click(screen.getByRole('button', { name: '取消' }))
    expect(form()?.textContent).toContain('小橙')
  })

  it("chooseAvatar: a nickname rejected by WeChat's content check is cleared, with a hint", async () => {
    const { sim, platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    sim.setContentCheck({ rejectNicknames: ['坏名字'] })
    renderWith(<ProfileButton />, { platform, wrap })
    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    typeNickname('坏名字')
    // The field's value is now '' (jsdom keeps the typed text in `.value`; the attribute is React's).
    expect(nicknameInput().getAttribute('value')).toBe('')
    expect(screen.getByRole('button', { name: '保存' }).getAttribute('aria-disabled')).toBe('true')
    expect(screen.getByRole('alert').textContent).toBe('昵称未通过审核，请重新输入')
    typeNickname('好名字')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('button', { name: '保存' }).getAttribute('aria-disabled')).toBeNull()
  })

  it("chooseAvatar: a nickname that arrives only with blur (WeChat's suggestion) is taken", async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    const onProfile = vi.fn()
    renderWith(<ProfileButton onProfile={onProfile} />, { platform, wrap })
    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    fireEvent.blur(nicknameInput(), { target: { value: '微信昵称' } })
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await settle()
    expect(onProfile).toHaveBeenCalledWith(expect.objectContaining({ nickName: '微信昵称' }))
  })

  it('"修改" on a getUserProfile profile can be cancelled, keeping the cached one', async () => {
    const { platform } = setupSim({ baseLibrary: '2.20.0' }, 'simulator')
    renderWith(<ProfileButton />, { platform, wrap })
    fireEvent.click(screen.getByRole('button', { name: '获取头像昵称' }))
    await settle()
    fireEvent.click(screen.getByRole('button', { name: '修改' }))
    fireEvent.click(screen.getByRole('button', { name: '取消' }))
    expect(screen.getByRole('button', { name: '修改' })).toBeTruthy()
  })

  it('chooseAvatar: a rejected avatar fires nothing, the form waits for another', async () => {
    const { sim, platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    sim.setContentCheck({ rejectAvatar: true })
    renderWith(<ProfileButton />, { platform, wrap })
    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    expect(form()?.querySelector('img')).toBeNull()
  })

  it('uploads the temporary avatar; a failed upload keeps what the user gave for a retry', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    const upload = vi
      .fn<(path: string) => Promise<string>>()
      .mockRejectedValueOnce(new Error('502'))
      .mockResolvedValueOnce('https://cdn.example.invalid/avatar.png')
    const profiles: UserProfile[] = []
    const errors: LiveError[] = []
    renderWith(
      <ProfileButton
        uploadAvatar={upload}
        onProfile={(p) => profiles.push(p)}
        onError={(e) => errors.push(e)}
      />,
      { platform, wrap },
    )
    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    typeNickname('小橙')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await settle()
    expect(errors.map((e) => e.code)).toEqual(['platform-failure'])
    expect(profiles).toHaveLength(0)
    expect(nicknameInput().value).toBe('小橙')

    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await settle()
    expect(upload).toHaveBeenCalledTimes(2)
    expect(upload.mock.calls[1]?.[0]).toMatch(/^wxfile:\/\//)
    expect(profiles).toMatchObject([{ avatarUrl: 'https://cdn.example.invalid/avatar.png' }])
  })

  it('an upload hook that resolves no URL is a malformed-response, nothing saved', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    const errors: string[] = []
    renderWith(
      <ProfileButton uploadAvatar={async () => ''} onError={(e) => errors.push(e.code)} />,
      { platform, wrap },
    )
    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    typeNickname('小橙')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await settle()
    expect(errors).toEqual(['malformed-response'])
    expect(screen.queryByRole('button', { name: '修改' })).toBeNull()
  })

  it('getUserProfile: a denial is reported; a desc over 30 characters is refused before calling', async () => {
    const { sim, platform } = setupSim({ baseLibrary: '2.20.0' }, 'simulator')
    sim.choose('getUserProfile', 'deny')
    const errors: string[] = []
    const view = renderWith(<ProfileButton onError={(e) => errors.push(e.code)} />, {
      platform,
      wrap,
    })
    fireEvent.click(screen.getByRole('button', { name: '获取头像昵称' }))
    await settle()
    expect(errors).toEqual(['denied'])
    view.unmount()

    renderWith(<ProfileButton desc={'很'.repeat(31)} onError={(e) => errors.push(e.code)} />, {
      platform,
      wrap,
    })
    fireEvent.click(screen.getByRole('button', { name: '获取头像昵称' }))
    await settle()
    expect(errors).toEqual(['denied', 'invalid-argument'])
    expect(sim.callsTo('getUserProfile')).toHaveLength(1)
  })

  it('getUserProfile: two quick taps show one popup', async () => {
    const { sim, platform } = setupSim({ baseLibrary: '2.20.0' }, 'simulator')
    const onProfile = vi.fn()
    renderWith(<ProfileButton onProfile={onProfile} />, { platform, wrap })
    const button = screen.getByRole('button', { name: '获取头像昵称' })
    fireEvent.click(button)
    fireEvent.click(button)
    await settle()
    expect(sim.callsTo('getUserProfile')).toHaveLength(1)
    expect(onProfile).toHaveBeenCalledTimes(1)
  })

  it('getUserInfo in an app released after 2021-04-28: the anonymous data is marked as such', async () => {
    const { platform } = setupSim(
      {
        baseLibrary: '2.10.3',
        appReleasedAt: Date.UTC(2022, 0, 1),
      },
      'simulator',
    )
    const profiles: UserProfile[] = []
    renderWith(<ProfileButton onProfile={(p) => profiles.push(p)} />, { platform, wrap })
    fireEvent.click(screen.getByRole('button', { name: '获取头像昵称' }))
    await settle()
    expect(profiles).toMatchObject([
      {
        strategy: 'getUserInfo',
        nickName: '微信用户',
        anonymous: { nickname: true, avatar: true },
      },
    ])
    expect(form()?.textContent).toContain('未授权')
  })

  it.each(['grey-avatar', 'is-demote'] as const)(
    "anonymous user info (%s variant): flagged, tagged, never cached as the user's profile",
    async (variant) => {
      const { sim, platform } = setupSim(
        {
          baseLibrary: '2.10.3',
          appReleasedAt: Date.UTC(2022, 0, 1),
          variants: { anonymousProfile: variant },
        },
        'simulator',
      )
      const profiles: UserProfile[] = []
      const first = renderWith(<ProfileButton onProfile={(p) => profiles.push(p)} />, {
        platform,
        wrap,
      })
      fireEvent.click(screen.getByRole('button', { name: '获取头像昵称' }))
      await settle()
      expect(profiles).toMatchObject([
        { strategy: 'getUserInfo', anonymous: { nickname: true, avatar: true } },
      ])
      expect(form()?.textContent).toContain('未授权')
      expect(sim.storage.dump()).toEqual({})
      // The next launch asks again instead of showing WeChat's placeholder as the user's own.
      first.unmount()
      renderWith(<ProfileButton />, { platform, wrap })
      await settle()
      expect(screen.getByRole('button', { name: '获取头像昵称' })).toBeTruthy()
    },
  )

  it('wx.getUserProfile missing while the version and canIUse claim it: the getUserInfo button', async () => {
    const { sim } = setupSim({ baseLibrary: '2.20.0' })
    const platform = createWxPlatform(withoutGetUserProfile(sim), {
      env: 'weapp',
      clock: sim.clock,
    })
    const errors: string[] = []
    const onProfile = vi.fn()
    renderWith(<ProfileButton onProfile={onProfile} onError={(e) => errors.push(e.code)} />, {
      platform,
      wrap,
    })
    fireEvent.click(screen.getByRole('button', { name: '获取头像昵称' }))
    await settle()
    expect(errors).toEqual([])
    expect(onProfile).toHaveBeenCalledWith(expect.objectContaining({ strategy: 'getUserInfo' }))
  })

  it.each(['2.24.4', '2.29.0'])(
    'at %s WeChat clears a rejected nickname on blur with no event: the value is read again, with a hint',
    async (baseLibrary) => {
      // The Taro platform: no emulator, the test plays WeChat's input from the simulator.
      const { sim, platform } = setupSim({ baseLibrary })
      sim.setContentCheck({ rejectNicknames: ['坏名字'] })
      renderWith(<ProfileButton />, { platform, wrap })
      const input = nicknameInput()
      fireEvent.input(input, { target: { value: '坏名字' } })
      const after = sim.simulateNicknameBlur('坏名字')
      expect(after).toEqual({ value: '', review: null })
      fireEvent.blur(input, { target: { value: after.value } })
      expect(screen.getByRole('alert').textContent).toBe('昵称未通过审核，请重新输入')
      expect(screen.getByRole('button', { name: '保存' }).getAttribute('aria-disabled')).toBe(
        'true',
      )
      // An accepted nickname stays, and the hint goes.
      fireEvent.input(input, { target: { value: '小橙' } })
      fireEvent.blur(input, { target: { value: sim.simulateNicknameBlur('小橙').value } })
      expect(screen.queryByRole('alert')).toBeNull()
      expect(nicknameInput().value).toBe('小橙')
    },
  )

  it('without uploadAvatar: the temporary avatar is shown, not cached; the nickname is; onProfile and a dev warning say so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { sim, platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    const profiles: UserProfile[] = []
    const first = renderWith(<ProfileButton onProfile={(p) => profiles.push(p)} />, {
      platform,
      wrap,
    })
    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    typeNickname('小橙')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await settle()
    expect(profiles).toMatchObject([
      { nickName: '小橙', avatarUrl: expect.stringMatching(/^wxfile:\/\//), temporaryAvatar: true },
    ])
    expect(form()?.querySelector('img')?.getAttribute('src')).toMatch(/^wxfile:\/\//)
    const stored = JSON.stringify(sim.storage.dump())
    expect(stored).toContain('小橙')
    expect(stored).not.toContain('wxfile://')
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toContain('uploadAvatar')

    // The next launch: the nickname, and no broken avatar.
    first.unmount()
    renderWith(<ProfileButton />, { platform, wrap })
    await settle()
    expect(form()?.textContent).toContain('小橙')
    expect(form()?.querySelector('img')).toBeNull()
    expect(form()?.textContent).not.toContain('未授权')
  })

  it('without uploadAvatar in production: no warning', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    const onProfile = vi.fn()
    renderWith(<ProfileButton onProfile={onProfile} />, { platform, wrap })
    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    typeNickname('小橙')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await settle()
    expect(onProfile).toHaveBeenCalledTimes(1)
    expect(warn).not.toHaveBeenCalled()
  })

  /** The form with an upload: an avatar chosen, 小橙 typed, 保存 tapped; the upload is under way. */
  function saveWhileUploading(
    platform: ReturnType<typeof setupSim>['platform'],
    uploadAvatar: (path: string) => Promise<string>,
  ) {
    const profiles: UserProfile[] = []
    renderWith(<ProfileButton uploadAvatar={uploadAvatar} onProfile={(p) => profiles.push(p)} />, {
      platform,
      wrap,
    })
    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    typeNickname('小橙')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    return profiles
  }

  it('a nickname typed while the avatar uploads is the one saved', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    const upload = deferred<string>()
    const uploadAvatar = vi.fn(() => upload.promise)
    const profiles = saveWhileUploading(platform, uploadAvatar)
    typeNickname('大橙子')
    await act(async () => upload.resolve('https://cdn.example.invalid/a.png'))
    await settle()
    expect(uploadAvatar).toHaveBeenCalledTimes(1)
    expect(profiles).toMatchObject([
      {
        nickName: '大橙子',
        avatarUrl: 'https://cdn.example.invalid/a.png',
        temporaryAvatar: false,
      },
    ])
  })

  it('an avatar chosen again while the first uploads is uploaded and saved instead', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    const uploads = [deferred<string>(), deferred<string>()]
    const uploadAvatar = vi.fn(
      (_path: string) => uploads[uploadAvatar.mock.calls.length - 1]!.promise,
    )
    const profiles = saveWhileUploading(platform, uploadAvatar)
    fireEvent.click(screen.getByRole('button', { name: '选择头像' }))
    await act(async () => uploads[0]?.resolve('https://cdn.example.invalid/first.png'))
    await act(async () => uploads[1]?.resolve('https://cdn.example.invalid/second.png'))
    await settle()
    expect(uploadAvatar).toHaveBeenCalledTimes(2)
    expect(uploadAvatar.mock.calls[1]?.[0]).not.toBe(uploadAvatar.mock.calls[0]?.[0])
    expect(profiles).toMatchObject([{ avatarUrl: 'https://cdn.example.invalid/second.png' }])
  })

  it('a nickname cleared while the avatar uploads: nothing saved, the upload kept for the next save', async () => {
    const { sim, platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    sim.setContentCheck({ rejectNicknames: ['坏名字'] })
    const upload = deferred<string>()
    const uploadAvatar = vi.fn(() => upload.promise)
    const profiles = saveWhileUploading(platform, uploadAvatar)
    typeNickname('坏名字')
    await act(async () => upload.resolve('https://cdn.example.invalid/a.png'))
    await settle()
    expect(profiles).toEqual([])
    expect(screen.getByRole('alert')).toBeTruthy()
    typeNickname('小橙')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await settle()
    expect(uploadAvatar).toHaveBeenCalledTimes(1)
    expect(profiles).toMatchObject([
      { nickName: '小橙', avatarUrl: 'https://cdn.example.invalid/a.png' },
    ])
  })

  it('getUserInfo denied: reported, nothing cached', async () => {
    const { sim, platform } = setupSim({ baseLibrary: '2.10.3' }, 'simulator')
    sim.choose('getUserInfo', 'deny')
    const errors: string[] = []
    renderWith(<ProfileButton onError={(e) => errors.push(e.code)} />, { platform, wrap })
    fireEvent.click(screen.getByRole('button', { name: '获取头像昵称' }))
    await settle()
    expect(errors).toEqual(['denied'])
    expect(screen.getByRole('button', { name: '获取头像昵称' })).toBeTruthy()
  })

  it('a full storage keeps the profile for the session and reports it', async () => {
    const { sim, platform } = setupSim({ baseLibrary: '2.20.0' }, 'simulator')
    sim.storage.failWrites(true)
    const errors: string[] = []
    renderWith(<ProfileButton onError={(e) => errors.push(e.code)} />, { platform, wrap })
    fireEvent.click(screen.getByRole('button', { name: '获取头像昵称' }))
    await settle()
    expect(errors).toEqual(['storage-failure'])
    expect(screen.getByRole('button', { name: '修改' })).toBeTruthy()
  })

  it('a storage that cannot be read is reported (after mounting, not during the render)', async () => {
    const { platform } = setupSim({ baseLibrary: '2.20.0' }, 'simulator')
    const broken = {
      ...platform,
      storage: {
        ...platform.storage,
        get: () => {
          throw new Error('storage is locked')
        },
      },
    }
    const errors: string[] = []
    renderWith(<ProfileButton onError={(e) => errors.push(e.code)} />, { platform: broken, wrap })
    await settle()
    expect(errors).toEqual(['storage-failure'])
    expect(screen.getByRole('button', { name: '获取头像昵称' })).toBeTruthy()
  })

  it('speaks en-US', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' }, 'simulator')
    renderWith(<ProfileButton />, { platform, wrap, locale: 'en-US' })
    expect(screen.getByRole('button', { name: 'Choose avatar' })).toBeTruthy()
    expect(screen.getByRole('textbox', { name: 'Enter a nickname' })).toBeTruthy()
  })

  it('off WeChat (no provider: the H5 build): the fallback and unsupported-platform', async () => {
    const errors: string[] = []
    render(
      wrap(<ProfileButton fallback={<span>fallback</span>} onError={(e) => errors.push(e.code)} />),
    )
    await settle()
    expect(screen.getByText('fallback')).toBeTruthy()
    expect(errors).toEqual(['unsupported-platform'])
  })
})
