import { LiveError } from '../errors/live-error'

/**
 * `getUserProfile`'s `desc` is required and at most 30 characters (docs/platform.md, The user's
 * avatar and nickname).
 */
export const PROFILE_DESC_MAX_LENGTH = 30

/** `null` when `desc` is usable for `getUserProfile`, else the `invalid-argument` error a call would risk. */
export function checkProfileDesc(desc: unknown): LiveError | null {
  // Counted in UTF-16 units (`length`), the stricter reading of "30 characters" for emoji.
  if (typeof desc === 'string' && desc.trim() !== '' && desc.length <= PROFILE_DESC_MAX_LENGTH)
    return null
  return new LiveError(
    'invalid-argument',
    `getUserProfile needs a desc of 1–${PROFILE_DESC_MAX_LENGTH} characters, got ${JSON.stringify(desc) || String(desc)}`,
    { api: 'getUserProfile' },
  )
}
