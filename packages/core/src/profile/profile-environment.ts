import type { Platform } from '../platform/platform'
import { isVersionAtLeast } from '../version/compare-version'
import { PROFILE_VERSIONS, type ProfileEnvironment } from './select-profile-strategy'

/**
 * Whether the platform has `getUserProfile` at all (`if (wx.getUserProfile)`, WeChat's own advice:
 * docs/platform.md, The user's avatar and nickname). `check` refuses both a missing function and,
 * below 2.10.4, by version: only where the version cannot explain a refusal does it say the
 * function is missing; there it stays unknown.
 */
function getUserProfileExists(platform: Platform): boolean | undefined {
  const refusal = platform.check('getUserProfile')
  if (!refusal) return true
  if (refusal.code !== 'api-missing') return undefined
  const version = platform.baseLibraryVersion()
  return version === '' || isVersionAtLeast(version, PROFILE_VERSIONS.getUserProfile)
    ? false
    : undefined
}

/** What {@link selectProfileStrategy} needs to know, read from a platform. */
export function profileEnvironment(
  platform: Platform,
  prefer?: ProfileEnvironment['prefer'],
): ProfileEnvironment {
  return {
    env: platform.env,
    sdkVersion: platform.baseLibraryVersion(),
    canIUse: platform.canIUse,
    getUserProfileExists: getUserProfileExists(platform),
    prefer,
  }
}
