import { notifyAll } from '../client/notify-all'
import { LiveError } from '../errors/live-error'
import type { PlatformStorage } from '../platform/platform'
import { type ProfileAnonymity, profileAnonymity } from './anonymous-profile'
import type { ProfileStrategy } from './select-profile-strategy'
import { isTemporaryAvatar } from './temporary-avatar'

/** The avatar and nickname the user gave, as the library keeps them. */
export interface UserProfile {
  /** The nickname ("微信用户" when WeChat handed out its placeholder). */
  nickName: string
  /**
   * The avatar URL: the uploaded URL, or a temporary `wxfile://` path when no upload hook is set
   * (then `temporaryAvatar`); `''` when a cached profile has no lasting avatar.
   */
  avatarUrl: string
  /** How it was obtained. */
  strategy: Exclude<ProfileStrategy, 'unsupported'>
  /**
   * What of it is WeChat's placeholder rather than the user's (docs/platform.md, The user's avatar
   * and nickname; Undocumented behaviour). Placeholder data is never written to storage: it lasts
   * for this session only.
   */
  anonymous: ProfileAnonymity
  /**
   * `avatarUrl` is a temporary `chooseAvatar` file (`wxfile://…`, `http://tmp/…`): shown this
   * session, never written to storage (the nickname is), and not a URL to keep on a server.
   */
  temporaryAvatar: boolean
}

/** The cached profile, shared by every widget of an app. */
export interface ProfileStore {
  /** The cached profile, `undefined` before the user gave one. */
  get(): UserProfile | undefined
  /**
   * Caches a profile; only its lasting, real parts are written to storage (no placeholder data, no
   * temporary avatar). A failing write keeps it for the session and reports `storage-failure`.
   */
  set(profile: UserProfile): void
  /** Forgets the profile (a "change" flow that the user abandons keeps it; this does not). */
  clear(): void
  /** Called after every change. */
  subscribe(listener: () => void): () => void
}

const STRATEGIES = ['chooseAvatar', 'getUserProfile', 'getUserInfo']

/** A {@link UserProfile} from stored or platform data; `undefined` when the shape is wrong. */
export function toUserProfile(
  value: { nickName?: unknown; avatarUrl?: unknown; is_demote?: unknown },
  strategy: unknown,
): UserProfile | undefined {
  const { nickName, avatarUrl } = value
  if (typeof nickName !== 'string' || typeof avatarUrl !== 'string') return undefined
  if (typeof strategy !== 'string' || !STRATEGIES.includes(strategy)) return undefined
  return {
    nickName,
    avatarUrl,
    strategy: strategy as UserProfile['strategy'],
    anonymous: profileAnonymity(value),
    temporaryAvatar: isTemporaryAvatar(avatarUrl),
  }
}

/**
 * The part of a profile that may be written to storage: never WeChat's placeholder data (it would
 * read back as the user's own, e.g. after `is_demote` is lost; docs/platform.md, Undocumented
 * behaviour) and never a temporary avatar path (it breaks on the next launch). `undefined` when
 * nothing lasting is left.
 */
function lastingPart(profile: UserProfile): { nickName: string; avatarUrl: string } | undefined {
  const nickName = profile.anonymous.nickname ? '' : profile.nickName
  const avatarUrl = profile.anonymous.avatar || profile.temporaryAvatar ? '' : profile.avatarUrl
  return nickName === '' && avatarUrl === '' ? undefined : { nickName, avatarUrl }
}

/**
 * WeChat asks apps to keep the profile the user gave instead of asking again (docs/platform.md, The
 * user's avatar and nickname), so it is cached in storage. Corrupt data reads as "no profile"; a
 * failed write keeps the profile in memory for the session, so what the user gave is never lost to
 * a full storage.
 */
export function createProfileStore(
  storage: PlatformStorage,
  key: string,
  onError: (error: LiveError) => void,
): ProfileStore {
  const listeners = new Set<() => void>()
  // `null`: known to be absent; `undefined`: not read yet.
  let current: UserProfile | null | undefined

  function read(): UserProfile | null {
    try {
      const raw = storage.get(key) as
        | { v?: unknown; strategy?: unknown; nickName?: unknown; avatarUrl?: unknown }
        | undefined
      if (raw && typeof raw === 'object' && raw.v === 1)
        return toUserProfile(raw, raw.strategy) || null
    } catch (cause) {
      onError(new LiveError('storage-failure', 'Could not read the cached profile', { cause }))
    }
    return null
  }

  function change(next: UserProfile | null): void {
    current = next
    try {
      const lasting = next && lastingPart(next)
      // Nothing lasting (e.g. an anonymous answer): the key goes too, so an older profile the user
      // replaced does not come back on the next launch.
      if (next && lasting) storage.set(key, { v: 1, ...lasting, strategy: next.strategy })
      else storage.remove(key)
    } catch (cause) {
      onError(
        new LiveError('storage-failure', 'Could not save the profile; kept for this session', {
          cause,
        }),
      )
    }
    notifyAll(listeners, onError)
  }

  return {
    get() {
      if (current === undefined) current = read()
      return current || undefined
    },
    set: (profile) => change(profile),
    clear: () => change(null),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
