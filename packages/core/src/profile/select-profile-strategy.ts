import { orDefault } from '../parse/or-default'
import { isVersionAtLeast } from '../version/compare-version'

/**
 * How to get the user's avatar and nickname on this base library (docs/platform.md, The user's
 * avatar and nickname).
 */
export type ProfileStrategy = 'chooseAvatar' | 'getUserProfile' | 'getUserInfo' | 'unsupported'

/** What {@link selectProfileStrategy} looks at. */
export interface ProfileEnvironment {
  /** The running target (`process.env.TARO_ENV`); profile APIs exist only on `'weapp'`. Default `'weapp'`. */
  env?: string
  /** The base library version (`SDKVersion`); `''` when unknown, as on Taro H5. */
  sdkVersion: string
  /** WeChat's feature check; preferred over the version when given. */
  canIUse?: (schema: string) => boolean
  /**
   * Whether `wx.getUserProfile` exists (`undefined`: not known). WeChat's own advice is to detect
   * getUserProfile this way (docs/platform.md, The user's avatar and nickname), so it wins over
   * `canIUse` and the version.
   */
  getUserProfileExists?: boolean
  /**
   * Between 2.21.2 and 2.27.0 both `chooseAvatar` and `getUserProfile` work; `chooseAvatar` is chosen
   * unless this says `getUserProfile`.
   */
  prefer?: 'chooseAvatar' | 'getUserProfile'
}

/** First version of each generation, and the one from which `getUserProfile` returns anonymous data. */
export const PROFILE_VERSIONS = {
  getUserProfile: '2.10.4',
  chooseAvatar: '2.21.2',
  getUserProfileAnonymous: '2.27.1',
} as const

function feature(env: ProfileEnvironment, schema: string): boolean | undefined {
  if (!env.canIUse) return undefined
  try {
    return env.canIUse(schema) === true
  } catch {
    return undefined
  }
}

/**
 * Chooses the profile strategy: feature checks first (for getUserProfile its existence, then
 * `canIUse`), the version as the fallback. From 2.27.1 `getUserProfile` only returns "微信用户" and a
 * grey avatar, so it is never chosen there.
 */
export function selectProfileStrategy(env: ProfileEnvironment): ProfileStrategy {
  // WeChat's profile APIs and open types exist only in WeChat (docs/platform.md, Taro).
  if (orDefault(env.env, 'weapp') !== 'weapp') return 'unsupported'
  const version = typeof env.sdkVersion === 'string' ? env.sdkVersion : ''
  const known = version.trim() !== ''
  const chooseAvatar = orDefault(
    feature(env, 'button.open-type.chooseAvatar'),
    isVersionAtLeast(version, PROFILE_VERSIONS.chooseAvatar),
  )
  const profileAnonymous = isVersionAtLeast(version, PROFILE_VERSIONS.getUserProfileAnonymous)
  const getUserProfile =
    !profileAnonymous &&
    (env.getUserProfileExists ??
      feature(env, 'getUserProfile') ??
      isVersionAtLeast(version, PROFILE_VERSIONS.getUserProfile))
  const getUserInfo = orDefault(feature(env, 'button.open-type.getUserInfo'), known)

  if (chooseAvatar && !(env.prefer === 'getUserProfile' && getUserProfile)) return 'chooseAvatar'
  if (getUserProfile) return 'getUserProfile'
  if (getUserInfo) return 'getUserInfo'
  return 'unsupported'
}
