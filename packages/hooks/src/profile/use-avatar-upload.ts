import { LiveError } from '@taro-live/core'
import { useCallback, useRef } from 'react'
import type { ProfileTools } from './use-profile-base'

/**
 * For the `chooseAvatar` strategy: the URL to keep for a chosen avatar, uploaded once per file when
 * an `uploadAvatar` hook is set; `undefined` on failure.
 */
export function useAvatarUpload(
  tools: ProfileTools,
): (avatarUrl: string) => Promise<string | undefined> {
  const { latest, fail, begin, end } = tools
  // Which temporary avatar the uploaded URL came from, so a retry after a failed save does not upload twice.
  const uploaded = useRef<{ from: string; url: string }>()
  return useCallback(
    async (avatarUrl: string): Promise<string | undefined> => {
      const upload = latest.current.uploadAvatar
      if (!upload) return avatarUrl
      if (uploaded.current?.from === avatarUrl) return uploaded.current.url
      if (!begin()) return undefined
      let url: unknown
      try {
        url = await upload(avatarUrl)
      } catch (cause) {
        // The chosen avatar and nickname stay in the form: the user can save again.
        fail(
          new LiveError('platform-failure', 'Uploading the avatar failed', { cause }),
          'uploadAvatar',
        )
        return undefined
      } finally {
        end()
      }
      if (typeof url !== 'string' || url === '') {
        fail(
          new LiveError('malformed-response', 'uploadAvatar resolved no URL', { cause: url }),
          'uploadAvatar',
        )
        return undefined
      }
      uploaded.current = { from: avatarUrl, url }
      return url
    },
    [latest, fail, begin, end],
  )
}
