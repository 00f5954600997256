// ProfileButton's nickname input as WeChat drives it on a weapp build (docs/platform.md, The user's
// avatar and nickname): from 2.24.4 a rejected nickname is cleared on blur, and only from 2.29.1
// does `nicknamereview` say so. The
// simulator says what the input holds after blur and which event fires; the test plays it.

import { ProfileButton } from '@taro-live/components/profile-button'
import type { UserProfile } from '@taro-live/core'
import { act, cleanup, fireEvent } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MODES, renderWith, settle, setupSim } from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'
import { propsOf } from './support/taro-components-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
})

const $ = (selector: string) => document.querySelector(selector)
const INPUT = '.tl-profile-button__input'
/** What WeChat does when the user acts on a native component: calls its bound handler. */
const fire = (selector: string, handler: string, detail: unknown) =>
  act(() => {
    ;(propsOf($(selector))[handler] as (event: { detail: unknown }) => void)({ detail })
  })

function mount(baseLibrary: string, wrap: (typeof MODES)[number][1]) {
  const { sim, platform } = setupSim({ baseLibrary })
  sim.setContentCheck({ rejectNicknames: ['坏名字'] })
  const profiles: UserProfile[] = []
  renderWith(<ProfileButton onProfile={(p) => profiles.push(p)} />, { platform, wrap })
  fire('.tl-profile-button__avatar', 'onChooseAvatar', sim.simulateChooseAvatar())
  return { sim, profiles }
}

/** The user types `nickName` and leaves the field; WeChat answers as the simulator says. */
async function typeAndLeave(
  sim: ReturnType<typeof mount>['sim'],
  nickName: string,
  reviewFirst = false,
) {
  const after = sim.simulateNicknameBlur(nickName)
  await fire(INPUT, 'onInput', { value: nickName })
  if (reviewFirst && after.review) await fire(INPUT, 'onNickNameReview', after.review)
  await fire(INPUT, 'onBlur', { value: after.value })
  if (!reviewFirst && after.review) await fire(INPUT, 'onNickNameReview', after.review)
  return after
}

const hint = () => $('.tl-profile-button__hint')
const saveDisabled = () => $('.tl-profile-button__button--disabled') !== null

describe.each(MODES)(
  'ProfileButton nickname review on the weapp render path (%s)',
  (_mode, wrap) => {
    it.each(['2.24.4', '2.26.0', '2.29.0'])(
      'at %s a rejected nickname is cleared on blur with no event: read again, cleared, hinted',
      async (baseLibrary) => {
        const { sim } = mount(baseLibrary, wrap)
        const after = await typeAndLeave(sim, '坏名字')
        expect(after.review).toBeNull()
        expect(propsOf($(INPUT)).value).toBe('')
        expect(hint()?.textContent).toBe('昵称未通过审核，请重新输入')
        expect(saveDisabled()).toBe(true)
      },
    )

    it.each([
      ['2.29.1', false],
      ['2.29.1', true],
      ['3.7.0', false],
    ])(
      'at %s nicknamereview also fires (review first: %s): cleared once, hinted',
      async (baseLibrary, reviewFirst) => {
        const { sim } = mount(baseLibrary, wrap)
        const after = await typeAndLeave(sim, '坏名字', reviewFirst)
        expect(after.review).toEqual({ pass: false, timeout: false })
        expect(propsOf($(INPUT)).value).toBe('')
        expect(hint()).not.toBeNull()
        expect(saveDisabled()).toBe(true)
      },
    )

    it.each(['2.26.0', '2.29.1'])(
      'at %s an accepted nickname stays after blur, the hint goes, and it saves',
      async (baseLibrary) => {
        const { sim, profiles } = mount(baseLibrary, wrap)
        await typeAndLeave(sim, '坏名字')
        await typeAndLeave(sim, '小橙')
        expect(hint()).toBeNull()
        expect(propsOf($(INPUT)).value).toBe('小橙')
        fireEvent.click($('.tl-profile-button__button') as Element)
        await settle()
        expect(profiles).toMatchObject([{ strategy: 'chooseAvatar', nickName: '小橙' }])
      },
    )

    it('the user emptying the field is not a rejection: no hint', async () => {
      const { sim } = mount('2.26.0', wrap)
      await typeAndLeave(sim, '小橙')
      await typeAndLeave(sim, '')
      expect(hint()).toBeNull()
    })
  },
)
