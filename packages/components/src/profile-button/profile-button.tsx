import { LiveError, type ProfileStrategy, type UserProfile } from '@taro-live/core'
import { type UserProfileDraft, type UseUserProfileOptions, useUserProfile } from '@taro-live/hooks'
import { Button, Image, Input, Text, View } from '@tarojs/components'
import { type ReactNode, useState } from 'react'
import { aria, decorative, pressable } from '../internal/a11y'
import { bem, cx } from '../internal/bem'
import type { CommonProps } from '../internal/common-props'
import { useTexts } from '../internal/texts'
import { useReportError } from '../internal/use-report-error'
import { PROFILE_BUTTON_TEXTS, type ProfileButtonTexts } from './texts'

/** Parts of {@link ProfileButton} that take `classNames` / `styles`. */
export type ProfileButtonPart = 'avatar' | 'nickname' | 'input' | 'button' | 'tag' | 'hint'

/**
 * A profile the app already has (from its server, say): a nickname and an avatar URL (`''` for
 * none). A {@link UserProfile} from `onProfile` is one too; `anonymous` marks WeChat's placeholder.
 */
export type ProfileButtonProfile = Pick<UserProfile, 'nickName' | 'avatarUrl'> &
  Partial<Pick<UserProfile, 'anonymous'>>

/**
 * Props to spread on Taro's `<Button>` (avatar picker, getUserInfo button). On a weapp build they
 * carry WeChat's `openType` and its event: only WeChat's native button can open the avatar picker
 * or hand out user info, so keep them on a `Button`, not a `View`. Includes the accessible name.
 */
export interface ProfileNativeButtonProps {
  openType?: 'chooseAvatar' | 'getUserInfo'
  onChooseAvatar?: (event: { detail?: unknown }) => void
  onGetUserInfo?: (event: { detail?: unknown }) => void
  onClick: () => void
  [attribute: string]: unknown
}

/**
 * Props to spread on Taro's `<Input>` for the nickname: `type="nickname"` makes WeChat offer the
 * user's WeChat nickname above the keyboard and run its content check (`onNickNameReview`), which
 * only its native input does. Includes the value, the handlers and the accessible name.
 */
export interface ProfileNicknameInputProps {
  type: 'text'
  value: string
  placeholder: string
  onInput: (event: { detail: { value: string } }) => void
  onBlur: (event: { detail: { value: string } }) => void
  onNickNameReview?: (event: { detail?: unknown }) => void
  [attribute: string]: unknown
}

/** What the `children` render prop of {@link ProfileButton} gets. */
export interface ProfileButtonRenderProps {
  /**
   * What to show: the known `profile` (with a way to change it), the `chooseAvatar` `form`, or the
   * `authorize` button (getUserProfile, getUserInfo).
   */
  mode: 'profile' | 'form' | 'authorize'
  /** How this base library gets a profile. */
  strategy: Exclude<ProfileStrategy, 'unsupported'>
  /** The profile shown: `profile` prop, else the cached one, else `defaultProfile`. */
  profile: ProfileButtonProfile | undefined
  /** The shown profile is (partly) WeChat's placeholder: say so, as the "未授权" tag does. */
  anonymous: boolean
  /** The form's avatar and nickname (`chooseAvatar`), and whether WeChat rejected the nickname. */
  draft: UserProfileDraft
  /** A popup or an upload is under way. */
  busy: boolean
  /** The form can be saved (an avatar, a nickname, nothing under way). */
  ready: boolean
  /** The texts in the button's locale, with the `texts` prop applied. */
  texts: ProfileButtonTexts
  /** Leaves the profile for the form or the authorize button ("修改"). */
  change: () => void
  /** Back to the known profile (only when there is one). */
  cancel: () => void
  /** Saves the form (uploads the avatar first with `uploadAvatar`); does nothing until `ready`. */
  save: () => void
  /** Spread on a Taro `<Button>`: the avatar picker (`form`). */
  avatarButtonProps: ProfileNativeButtonProps
  /** Spread on a Taro `<Input>`: the nickname (`form`). */
  nicknameInputProps: ProfileNicknameInputProps
  /**
   * Spread on a Taro `<Button>`: asks WeChat (`authorize`). getUserProfile is called first thing in
   * its `onClick`; the getUserInfo strategy needs WeChat's `open-type` button on a weapp build.
   */
  authorizeButtonProps: ProfileNativeButtonProps
}

/** Props of {@link ProfileButton}. */
export interface ProfileButtonProps
  extends CommonProps<ProfileButtonPart, ProfileButtonTexts>,
    Pick<UseUserProfileOptions, 'prefer' | 'lang' | 'uploadAvatar'> {
  /** Shown in WeChat's getUserProfile popup, 1–30 characters. Default `texts.desc`. */
  desc?: string
  /**
   * A profile was obtained (`strategy` says how, `anonymous` what is WeChat's placeholder,
   * `temporaryAvatar` whether the avatar is a temporary file that was not cached).
   */
  onProfile?: (profile: UserProfile) => void
  /**
   * Controlled: the profile to show, whatever is cached; `null` shows the way to get one. Update it
   * from `onProfile`.
   */
  profile?: ProfileButtonProfile | null
  /**
   * Uncontrolled: the profile the app already has, shown while this device has none cached (a
   * profile the user gives here is cached and shown from then on).
   */
  defaultProfile?: ProfileButtonProfile
  /** Your own UI: gets the state, the actions and the props for WeChat's native button and input. */
  children?: (button: ProfileButtonRenderProps) => ReactNode
}

const b = bem('profile-button')
const stop = (event: { detail?: unknown }) => event.detail

/**
 * Gets the user's avatar and nickname the way the running base library allows: chooseAvatar button
 * + nickname input (≥ 2.21.2), getUserProfile in the tap (2.10.4–2.27.0), or the getUserInfo
 * button (< 2.10.4). Shows the known profile instead of asking again, with a way to change it.
 */
export function ProfileButton(props: ProfileButtonProps) {
  const classNames = props.classNames ?? {}
  const styles = props.styles ?? {}
  const t = useTexts('profileButton', PROFILE_BUTTON_TEXTS, props.locale, props.texts)
  const [editing, setEditing] = useState(false)
  const hook = useUserProfile({
    prefer: props.prefer,
    lang: props.lang,
    desc: props.desc ?? t.desc,
    uploadAvatar: props.uploadAvatar,
    onProfile: (value) => {
      setEditing(false)
      props.onProfile?.(value)
    },
    onError: props.onError,
  })
  const { strategy, draft, busy, nativeOpenType } = hook
  const [unsupported] = useState(() =>
    strategy === 'unsupported'
      ? new LiveError('unsupported-platform', 'No way to get a profile on this platform')
      : undefined,
  )
  useReportError(strategy === 'unsupported' ? unsupported : undefined, props.onError)

  if (strategy === 'unsupported') return <>{props.fallback ?? null}</>

  // `null` from a page builder means "not set" for every other prop; here it is "no profile".
  const shown =
    props.profile !== undefined
      ? (props.profile ?? undefined)
      : (hook.profile ?? props.defaultProfile ?? undefined)
  // A profile may have no avatar (a temporary one is never cached): an empty circle then, and no
  // "未授权" tag, which is for WeChat's placeholder data only.
  const anonymous =
    !!shown?.anonymous &&
    (shown.anonymous.nickname || (shown.anonymous.avatar && shown.avatarUrl !== ''))
  const mode = shown && !editing ? 'profile' : strategy === 'chooseAvatar' ? 'form' : 'authorize'
  const ready = !!draft.avatarUrl && draft.nickName.trim() !== '' && !busy
  const change = () => setEditing(true)
  // Changing a known profile can always be abandoned, whatever the strategy.
  const cancel = () => setEditing(false)
  const save = () => {
    if (ready) void hook.save()
  }

  // WeChat's own button and input do the work on a weapp build; elsewhere the host answers taps.
  const avatarButtonProps: ProfileNativeButtonProps = {
    ...(nativeOpenType && {
      openType: 'chooseAvatar',
      onChooseAvatar: (e: { detail?: unknown }) => hook.chooseAvatar(stop(e)),
    }),
    onClick: hook.tapChooseAvatar,
    ...pressable(t.chooseAvatar),
  }
  const nicknameInputProps: ProfileNicknameInputProps = {
    type: 'nickname' as 'text',
    value: draft.nickName,
    placeholder: t.nicknamePlaceholder,
    onInput: (e) => hook.setNickname(e.detail.value),
    onBlur: (e) => hook.blurNickname(e.detail.value),
    ...(nativeOpenType && {
      onNickNameReview: (e: { detail?: unknown }) => hook.reviewNickname(stop(e)),
    }),
    ...aria({ 'aria-label': t.nicknamePlaceholder }),
  }
  const authorizeButtonProps: ProfileNativeButtonProps = {
    ...(strategy === 'getUserInfo' &&
      nativeOpenType && {
        openType: 'getUserInfo',
        onGetUserInfo: (e: { detail?: unknown }) => hook.receiveUserInfo(stop(e)),
      }),
    // getUserProfile must be called first thing in the tap (docs/platform.md, The user's avatar
    // and nickname).
    onClick: strategy === 'getUserProfile' ? hook.requestProfile : hook.tapGetUserInfo,
    ...pressable(t.authorize, { disabled: busy }),
  }

  if (props.children) {
    return (
      <>
        {props.children({
          mode,
          strategy,
          profile: shown,
          anonymous,
          draft,
          busy,
          ready,
          texts: t,
          change,
          cancel,
          save,
          avatarButtonProps,
          nicknameInputProps,
          authorizeButtonProps,
        })}
      </>
    )
  }

  const part = (name: ProfileButtonPart, modifiers?: Record<string, boolean>) => ({
    className: cx(b(name, modifiers), classNames[name]),
    style: styles[name],
  })
  const root = cx(b(undefined, { [mode]: true }), props.className)

  if (shown && mode === 'profile') {
    return (
      <View className={root} style={props.style}>
        {shown.avatarUrl !== '' ? (
          <Image {...part('avatar')} src={shown.avatarUrl} mode="aspectFill" {...decorative()} />
        ) : (
          <View {...part('avatar', { empty: true })} {...decorative()} />
        )}
        <Text {...part('nickname')}>{shown.nickName}</Text>
        {anonymous && <Text {...part('tag')}>{t.anonymous}</Text>}
        <View {...part('button', { secondary: true })} onClick={change} {...pressable(t.change)}>
          {t.change}
        </View>
      </View>
    )
  }

  const cancelButton = shown && (
    <View {...part('button', { secondary: true })} onClick={cancel} {...pressable(t.cancel)}>
      {t.cancel}
    </View>
  )

  if (mode === 'form') {
    return (
      <View className={root} style={props.style}>
        <Button {...part('avatar', { empty: !draft.avatarUrl })} {...avatarButtonProps}>
          {draft.avatarUrl ? (
            <Image
              className={b('avatar-image')}
              src={draft.avatarUrl}
              mode="aspectFill"
              {...decorative()}
            />
          ) : (
            <Text className={b('avatar-plus')}>+</Text>
          )}
        </Button>
        <Input {...part('input')} {...nicknameInputProps} />
        {draft.nicknameRejected && (
          <Text {...part('hint')} {...aria({ role: 'alert' })}>
            {t.nicknameRejected}
          </Text>
        )}
        <View
          {...part('button', { disabled: !ready })}
          onClick={save}
          {...pressable(t.save, { disabled: !ready })}
        >
          {t.save}
        </View>
        {cancelButton}
      </View>
    )
  }

  return (
    <View className={root} style={props.style}>
      <Button {...part('button', { disabled: busy })} {...authorizeButtonProps}>
        {t.authorize}
      </Button>
      {cancelButton}
    </View>
  )
}
