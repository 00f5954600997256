import { isLiveError, LiveError } from '@taro-live/core'
import type { ValidationError } from '../manifest/types'

/**
 * What `LivePage`'s `onError` gets: a {@link LiveError} with the id of the block it concerns
 * (`undefined` for the page itself: `blocks` is not a list). A block that does not validate, or
 * throws while rendering, gives `code: 'invalid-argument'` (and `validationErrors` when it did not
 * validate); a widget's own failure keeps its code (`devtools-unsupported`, `invalid-channel`, …).
 */
export type LivePageError = LiveError & {
  /** The block's `id`, when it has one. */
  readonly blockId?: string
  /** The block's `type`, when it has one. */
  readonly blockType?: string
  /** Why the block did not validate (messages in the page's locale). */
  readonly validationErrors?: readonly ValidationError[]
}

/** A {@link LivePageError}: the block's details on a new `LiveError` (the original is its `cause`). */
export function pageError(
  cause: unknown,
  message: string,
  block: { id?: string; type?: string; validationErrors?: ValidationError[] },
): LivePageError {
  const error = isLiveError(cause)
    ? new LiveError(cause.code, cause.message, {
        errCode: cause.errCode,
        errMsg: cause.errMsg,
        api: cause.api,
        cause,
      })
    : new LiveError('invalid-argument', message, cause === undefined ? {} : { cause })
  return Object.assign(error, {
    blockId: block.id,
    blockType: block.type,
    ...(block.validationErrors ? { validationErrors: block.validationErrors } : {}),
  })
}

/** The message of anything thrown. */
export function messageOf(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message
  return String(thrown)
}
