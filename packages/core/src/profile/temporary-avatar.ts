/**
 * `chooseAvatar` gives a temporary file (docs/platform.md, The user's avatar and nickname):
 * `wxfile://tmp_…` on a phone, `http://tmp/…` in WeChat DevTools. It lives only on this device and
 * only for a while, so it must be uploaded before it is kept anywhere: a cached one shows a broken
 * avatar on the next launch.
 */
const TEMPORARY_PATH = /^(?:wxfile:\/\/|https?:\/\/tmp\/)/i

/** Whether `avatarUrl` is a temporary `chooseAvatar` file rather than a lasting URL. */
export function isTemporaryAvatar(avatarUrl: string): boolean {
  return TEMPORARY_PATH.test(avatarUrl)
}
