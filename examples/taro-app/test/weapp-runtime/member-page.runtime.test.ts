import { afterEach, describe, expect, test } from 'vitest'
import { startApp } from './example-app'

let stop: (() => void) | undefined
afterEach(() => {
  stop?.()
  stop = undefined
})

const USER = { nickName: '小橙', avatarUrl: 'https://thirdwx.qlogo.cn/mmopen/orange/132' }

async function openMemberPage(baseLibrary: string, appReleasedAt?: number) {
  const started = startApp({ baseLibrary, user: USER, appReleasedAt })
  stop = started.stop
  const page = await started.app.openPage('pages/member/index')
  await page.waitFor(() => page.find('.tl-profile-button') !== undefined, 'the profile button')
  return { ...started, page }
}

describe('the member page, built for weapp, in WeChat’s component runtime', () => {
  test('from 2.27.1: chooseAvatar button and nickname input; their native events save the profile', async () => {
    const { sim, app, page } = await openMemberPage('2.27.1')
    const avatarButton = page.find('wx-button')!
    const input = page.find('wx-input')!
    expect(avatarButton.props.openType).toBe('chooseAvatar')
    expect(input.props.type).toBe('nickname')

    const chosen = sim.simulateChooseAvatar()!
    await avatarButton.fire('chooseavatar', chosen)
    await input.fire('input', { value: '橙子爱好者', cursor: 5, keyCode: 0 })
    await input.fire('blur', { value: '橙子爱好者' })
    await input.fire('nicknamereview', sim.simulateNicknameReview('橙子爱好者'))
    await page.settle()
    const save = page.findByText('保存')!
    await save.tap()
    await page.waitFor(() => page.findByText('修改') !== undefined, 'the saved profile')

    expect(page.find('.tl-profile-button__nickname')?.text).toBe('橙子爱好者')
    expect(page.find('.tl-profile-button__avatar')?.props.src).toBe(chosen.avatarUrl)
    expect(JSON.stringify(sim.storage.dump())).toContain('橙子爱好者')
    expect(app.callsTo('getUserProfile')).toEqual([])
    expect(app.errors).toEqual([])
  })

  test('2.10.4: the tap calls getUserProfile synchronously inside the handler', async () => {
    const { app, page } = await openMemberPage('2.10.4')
    const button = page.find('wx-button')!
    expect(button.props.openType).toBeFalsy()

    await button.tap()
    await page.waitFor(() => page.findByText('修改') !== undefined, 'the profile')

    expect(app.callsTo('getUserProfile')).toMatchObject([
      { inHandler: true, event: 'tap', params: { desc: '用于完善会员资料' } },
    ])
    expect(page.find('.tl-profile-button__nickname')?.text).toBe('小橙')
  })

  test('2.10.3: a getUserInfo open-type button; its getuserinfo event gives the profile', async () => {
    // A mini program version released before 2021-04-28 still gets the real profile
    // (docs/platform.md, The user's avatar and nickname).
    const { sim, app, page } = await openMemberPage('2.10.3', Date.UTC(2021, 0, 4))
    const button = page.find('wx-button')!
    expect(button.props.openType).toBe('getUserInfo')

    await button.tap()
    await button.fire('getuserinfo', sim.simulateGetUserInfoButton())
    await page.waitFor(() => page.findByText('修改') !== undefined, 'the profile')

    expect(page.find('.tl-profile-button__nickname')?.text).toBe('小橙')
    expect(page.find('.tl-profile-button__tag')).toBeUndefined()
    expect(app.callsTo('getUserProfile')).toEqual([])
  })

  test('2.10.3 in a version released after 2021-04-28: the anonymous answer is flagged, not saved', async () => {
    const { sim, page } = await openMemberPage('2.10.3', Date.UTC(2021, 5, 1))
    const button = page.find('wx-button')!
    await button.tap()
    await button.fire('getuserinfo', sim.simulateGetUserInfoButton())
    await page.waitFor(() => page.findByText('修改') !== undefined, 'the profile')

    expect(page.find('.tl-profile-button__nickname')?.text).toBe('微信用户')
    expect(page.find('.tl-profile-button__tag')?.text).toBe('未授权')
  })
})
