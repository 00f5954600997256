import type { Meta, StoryObj } from '@storybook/react-vite'
import { ProfileButton } from '@taro-live/components/profile-button'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { CHANNEL_AVATAR } from '../support/avatars'
import type { StageParameters } from '../support/stage'
import { Fallback, freshDevice } from './story-helpers'

const stage = (parameters: StageParameters) => ({ stage: { panel: true, ...parameters } })

const meta = {
  title: 'Widgets/ProfileButton',
  component: ProfileButton,
  args: {
    fallback: <Fallback label="（此平台无法获取头像昵称）" />,
    onProfile: fn(),
    onError: fn(),
  },
  argTypes: { fallback: { control: false } },
  // The toolbar's base library applies (default 3.7.0) except on stories about one version.
  parameters: stage({}),
} satisfies Meta<typeof ProfileButton>

export default meta
type Story = StoryObj<typeof meta>

/**
 * ≥ 2.27.1: the avatar button + nickname input (the only way left). The chosen avatar is a
 * temporary `wxfile://` path; `uploadAvatar` turns it into a lasting URL (here a picture).
 */
export const ChooseAvatar: Story = {
  args: { uploadAvatar: async () => CHANNEL_AVATAR },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await freshDevice(canvas)
    await userEvent.click(await canvas.findByRole('button', { name: '选择头像' }))
    const input = canvas.getByRole('textbox', { name: '请输入昵称' })
    await userEvent.type(input, '小橙')
    await userEvent.tab()
    await userEvent.click(canvas.getByRole('button', { name: '保存' }))
    await waitFor(() =>
      expect(args.onProfile).toHaveBeenCalledWith(
        expect.objectContaining({ strategy: 'chooseAvatar', nickName: '小橙' }),
      ),
    )
    await canvas.findByRole('button', { name: '修改' })
  },
}

/** 2.21.2: the first version with the avatar button. */
export const ChooseAvatar2_21_2: Story = { parameters: stage({ baseLibrary: '2.21.2' }) }

/** 2.27.0 with `prefer="getUserProfile"`: the popup still works until 2.27.0. */
export const GetUserProfilePreferred: Story = {
  args: { prefer: 'getUserProfile' },
  parameters: stage({ baseLibrary: '2.27.0' }),
}

/** 2.10.4: `getUserProfile`, called first thing in the tap. */
export const GetUserProfile: Story = {
  parameters: stage({ baseLibrary: '2.10.4' }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: '获取头像昵称' }))
    await waitFor(() =>
      expect(args.onProfile).toHaveBeenCalledWith(
        expect.objectContaining({ strategy: 'getUserProfile' }),
      ),
    )
  },
}

/** 2.10.3: the `getUserInfo` button. */
export const GetUserInfo: Story = { parameters: stage({ baseLibrary: '2.10.3' }) }

/** 2.10.3 in an app released after 2021-04-28: WeChat answers "微信用户", marked as a placeholder. */
export const GetUserInfoAnonymous: Story = {
  parameters: stage({ baseLibrary: '2.10.3', appReleasedAt: Date.UTC(2022, 0, 1) }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: '获取头像昵称' }))
    await canvas.findByText('未授权')
    expect(args.onProfile).toHaveBeenCalledWith(
      expect.objectContaining({ anonymous: { nickname: true, avatar: true } }),
    )
  },
}

/** WeChat's content check rejects the nickname: it is cleared and a hint asks for another. */
export const NicknameRejected: Story = {
  parameters: stage({ rejectNicknames: ['违规昵称'] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(await canvas.findByRole('textbox'), '违规昵称')
    await userEvent.tab()
    await canvas.findByRole('alert')
  },
}

/** Taro H5: no strategy works; the fallback. */
export const H5: Story = { globals: { platform: 'h5' } }

/** In English. */
export const English: Story = { globals: { locale: 'en-US' } }
