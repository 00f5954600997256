import type { Meta, StoryObj } from '@storybook/react-vite'
import { readManifest, toStorybookArgTypes } from '@taro-live/builder'
import {
  ProfileButton,
  type ProfileButtonProfile,
  type ProfileButtonRenderProps,
} from '@taro-live/components/profile-button'
import { Button, Image, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import manifest from '../../packages/components/manifests/profile-button.json'
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
  // From the widget's manifest, as the page builders get them (@taro-live/builder): controls,
  // descriptions, defaults and groups cannot drift from what merchants configure.
  argTypes: toStorybookArgTypes(readManifest(manifest)),
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

/** A profile the app already has (from its server): shown without asking, until the user changes it. */
export const DefaultProfile: Story = {
  args: { defaultProfile: { nickName: '老顾客', avatarUrl: CHANNEL_AVATAR } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await freshDevice(canvas)
    await canvas.findByText('老顾客')
    await canvas.findByRole('button', { name: '修改' })
  },
}

/** The app owns the profile (`profile` + `onProfile`): "退出" sets it to `null` and the button asks. */
function ControlledProfile() {
  const [profile, setProfile] = useState<ProfileButtonProfile | null>({
    nickName: '老顾客',
    avatarUrl: CHANNEL_AVATAR,
  })
  return (
    <View>
      <ProfileButton profile={profile} onProfile={setProfile} />
      <Button onClick={() => setProfile(null)}>退出登录</Button>
    </View>
  )
}

export const Controlled: Story = {
  render: () => <ControlledProfile />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await freshDevice(canvas)
    await canvas.findByText('老顾客')
    await userEvent.click(canvas.getByText('退出登录'))
    await canvas.findByRole('button', { name: '选择头像' })
  },
}

/**
 * Your own UI (`children` as a function). The avatar picker and the nickname input stay Taro's
 * `Button` and `Input` with the props spread on them: only WeChat's native button opens the avatar
 * picker, and only its native input offers the nickname and runs the content check.
 */
function MyProfile({ p }: { p: ProfileButtonRenderProps }) {
  if (p.mode === 'profile') {
    return (
      <View style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        {p.profile?.avatarUrl ? (
          <Image
            src={p.profile.avatarUrl}
            imgProps={{ alt: '' }}
            style={{ width: 40, height: 40, borderRadius: 8 }}
          />
        ) : null}
        <Text>你好，{p.profile?.nickName}</Text>
        <Button onClick={p.change}>{p.texts.change}</Button>
      </View>
    )
  }
  if (p.mode === 'form') {
    return (
      <View style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        <Button {...p.avatarButtonProps}>
          {p.draft.avatarUrl ? '✓ ' : ''}
          {p.texts.chooseAvatar}
        </Button>
        <Input {...p.nicknameInputProps} />
        {p.draft.nicknameRejected && <Text>{p.texts.nicknameRejected}</Text>}
        <Button disabled={!p.ready} onClick={p.save}>
          {p.texts.save}
        </Button>
      </View>
    )
  }
  return <Button {...p.authorizeButtonProps}>{p.texts.authorize}</Button>
}

export const RenderProp: Story = {
  args: {
    uploadAvatar: async () => CHANNEL_AVATAR,
    children: (p: ProfileButtonRenderProps) => <MyProfile p={p} />,
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await freshDevice(canvas)
    await userEvent.click(await canvas.findByRole('button', { name: '选择头像' }))
    await userEvent.type(canvas.getByRole('textbox', { name: '请输入昵称' }), '小橙')
    await userEvent.tab()
    // Taro's H5 `Button` has no button role of its own: found by its text.
    await userEvent.click(canvas.getByText('保存'))
    await canvas.findByText('你好，小橙')
    expect(args.onProfile).toHaveBeenCalledWith(expect.objectContaining({ nickName: '小橙' }))
  },
}
