/*
 * What WeChat's native profile components report (docs/platform.md, The user's avatar and
 * nickname), read from untrusted event details: `<button open-type="chooseAvatar">`, `<input
 * type="nickname">`'s review, and `<button open-type="getUserInfo">`.
 */

/** The temporary avatar path of a `chooseavatar` event, or `undefined` when there is none. */
export function chosenAvatar(detail: unknown): string | undefined {
  const avatarUrl = detail ? (detail as { avatarUrl?: unknown }).avatarUrl : undefined
  return typeof avatarUrl === 'string' && avatarUrl !== '' ? avatarUrl : undefined
}

/**
 * Whether a `nicknamereview` rejected the nickname (≥ 2.24.4): WeChat then clears it on blur. A
 * review that timed out lets the nickname stand.
 */
export function nicknameRejected(detail: unknown): boolean {
  const { pass, timeout } = (detail || {}) as { pass?: unknown; timeout?: unknown }
  return pass === false && timeout !== true
}

/** A `getuserinfo` event: the `userInfo` it carries, or `failed` (e.g. `getUserInfo:fail auth deny`). */
export function userInfoFromEvent(
  detail: unknown,
): { failed: true } | { failed: false; userInfo: unknown } {
  const { errMsg, userInfo } = (detail || {}) as { errMsg?: unknown; userInfo?: unknown }
  return typeof errMsg === 'string' && /:fail/.test(errMsg)
    ? { failed: true }
    : { failed: false, userInfo }
}
