import { LiveError, type UserProfile } from '@taro-live/core'
import { type UseUserProfileOptions, useUserProfile } from '@taro-live/hooks'
import { Button, Image, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { aria, decorative, pressable } from '../internal/a11y'
import { bem, cx } from '../internal/bem'
import type { CommonProps } from '../internal/common-props'
import { useTexts } from '../internal/texts'
import { useReportError } from '../internal/use-report-error'
import { PROFILE_BUTTON_TEXTS, type ProfileButtonTexts } from './texts'

/** Parts of {@link ProfileButton} that take `classNames` / `styles`. */
export type ProfileButtonPart = 'avatar' | 'nickname' | 'input' | 'button' | 'tag' | 'hint'

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
}

const b = bem('profile-button')
const stop = (event: { detail?: unknown }) => event.detail

/**
 * Gets the user's avatar and nickname the way the running base library allows: chooseAvatar button
 * + nickname input (≥ 2.21.2), getUserProfile in the tap (2.10.4–2.27.0), or the getUserInfo
 * button (< 2.10.4). Shows the cached profile instead of asking again, with a way to change it.
 */
export function ProfileButton(props: ProfileButtonProps) {
  const classNames = props.classNames ?? {}
  const styles = props.styles ?? {}
  const t = useTexts(PROFILE_BUTTON_TEXTS, props.locale, props.texts)
  const [editing, setEditing] = useState(false)
  const profile = useUserProfile({
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
  const { strategy, draft, busy, nativeOpenType } = profile
  const [unsupported] = useState(() =>
    strategy === 'unsupported'
      ? new LiveError('unsupported-platform', 'No way to get a profile on this platform')
      : undefined,
  )
  useReportError(strategy === 'unsupported' ? unsupported : undefined, props.onError)

  const part = (name: ProfileButtonPart, modifiers?: Record<string, boolean>) => ({
    className: cx(b(name, modifiers), classNames[name]),
    style: styles[name],
  })
  const root = (mode: string) => cx(b(undefined, { [mode]: true }), props.className)

  if (strategy === 'unsupported') return <>{props.fallback ?? null}</>

  const cached = profile.profile
  if (cached && !editing) {
    // A cached profile may have no avatar (a temporary one is never cached): an empty circle then,
    // not a broken image, and not a "未授权" tag, which is for WeChat's placeholder data only.
    const hasAvatar = cached.avatarUrl !== ''
    const anonymous = cached.anonymous.nickname || (cached.anonymous.avatar && hasAvatar)
    return (
      <View className={root('profile')} style={props.style}>
        {hasAvatar ? (
          <Image {...part('avatar')} src={cached.avatarUrl} mode="aspectFill" {...decorative()} />
        ) : (
          <View {...part('avatar', { empty: true })} {...decorative()} />
        )}
        <Text {...part('nickname')}>{cached.nickName}</Text>
        {anonymous && <Text {...part('tag')}>{t.anonymous}</Text>}
        <View
          {...part('button', { secondary: true })}
          onClick={() => setEditing(true)}
          {...pressable(t.change)}
        >
          {t.change}
        </View>
      </View>
    )
  }

  // Changing a cached profile can always be abandoned, whatever the strategy.
  const cancel = cached && (
    <View
      {...part('button', { secondary: true })}
      onClick={() => setEditing(false)}
      {...pressable(t.cancel)}
    >
      {t.cancel}
    </View>
  )

  if (strategy === 'chooseAvatar') {
    const ready = !!draft.avatarUrl && draft.nickName.trim() !== '' && !busy
    // WeChat's own button and input do the work on a weapp build; elsewhere the host answers taps.
    const avatarNative = nativeOpenType
      ? {
          openType: 'chooseAvatar' as const,
          onChooseAvatar: (e: { detail?: unknown }) => profile.chooseAvatar(stop(e)),
        }
      : {}
    const nicknameNative = nativeOpenType
      ? { onNickNameReview: (e: { detail?: unknown }) => profile.reviewNickname(stop(e)) }
      : {}
    return (
      <View className={root('form')} style={props.style}>
        <Button
          {...part('avatar', { empty: !draft.avatarUrl })}
          {...avatarNative}
          onClick={profile.tapChooseAvatar}
          {...pressable(t.chooseAvatar)}
        >
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
        <Input
          {...part('input')}
          type={'nickname' as 'text'}
          value={draft.nickName}
          placeholder={t.nicknamePlaceholder}
          onInput={(e) => profile.setNickname(e.detail.value)}
          onBlur={(e) => profile.blurNickname(e.detail.value)}
          {...nicknameNative}
          {...aria({ 'aria-label': t.nicknamePlaceholder })}
        />
        {draft.nicknameRejected && (
          <Text {...part('hint')} {...aria({ role: 'alert' })}>
            {t.nicknameRejected}
          </Text>
        )}
        <View
          {...part('button', { disabled: !ready })}
          onClick={() => {
            if (ready) void profile.save()
          }}
          {...pressable(t.save, { disabled: !ready })}
        >
          {t.save}
        </View>
        {cancel}
      </View>
    )
  }

  const getUserInfoNative =
    strategy === 'getUserInfo' && nativeOpenType
      ? {
          openType: 'getUserInfo' as const,
          onGetUserInfo: (e: { detail?: unknown }) => profile.receiveUserInfo(stop(e)),
        }
      : {}
  return (
    <View className={root('authorize')} style={props.style}>
      <Button
        {...part('button', { disabled: busy })}
        {...getUserInfoNative}
        // getUserProfile must be called first thing in the tap (docs/platform.md, The user's avatar
        // and nickname).
        onClick={strategy === 'getUserProfile' ? profile.requestProfile : profile.tapGetUserInfo}
        {...pressable(t.authorize, { disabled: busy })}
      >
        {t.authorize}
      </Button>
      {cancel}
    </View>
  )
}
