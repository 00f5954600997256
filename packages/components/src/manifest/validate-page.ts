import type { ManifestLocale } from './manifest-format'
import { message } from './messages'
import { isPlainObject } from './strip-nulls'
import type { ValidationError, WidgetConfigResult, WidgetProps } from './types'
import { validateWidgetConfig } from './validate-widget-config'

/** One block of a page as a builder saves it. */
export interface PageBlock {
  /** Unique in the page: errors and React keys use it. */
  id: string
  /** A widget type (`live-reserve-card`, …). */
  type: string
  /** The props' version; missing: 1. */
  version?: number | null
  /** The widget's props; `null` members mean "not set". Missing or `null`: `{}`. */
  props?: Record<string, unknown> | null
}

/** One block's result, in the page's order. */
export type BlockValidation =
  | { ok: true; index: number; id: string; type: string; version: number; props: WidgetProps }
  | {
      ok: false
      index: number
      id: string | undefined
      type: string | undefined
      errors: ValidationError[]
    }

/** What {@link validatePage} returns. */
export interface PageValidation {
  /** Every block is valid (and `blocks` is a list). */
  ok: boolean
  /** One result per block, in order (empty when `blocks` is not a list). */
  blocks: BlockValidation[]
  /** Every error, with `path` into the list (`/2/props/cover`) and the block's id. */
  errors: ValidationError[]
}

function invalidBlock(
  index: number,
  reason: string,
  locale: ManifestLocale,
  path = `/${index}`,
): ValidationError {
  const params = { index, reason }
  return {
    path,
    code: 'invalid-block',
    message: message(locale, 'invalid-block', '', params),
    params,
  }
}

/**
 * Validates a page: a list of blocks `{ id, type, version?, props? }`. Each block is validated and
 * migrated on its own ({@link validateWidgetConfig}); a bad block does not affect the others.
 * Members of a block other than these four are ignored. Never throws.
 */
export function validatePage(
  blocks: unknown,
  options: { locale?: ManifestLocale } = {},
): PageValidation {
  const locale = options.locale === 'en-US' ? 'en-US' : 'zh-CN'
  if (!Array.isArray(blocks)) {
    return { ok: false, blocks: [], errors: [invalidBlock(-1, 'not-an-array', locale, '')] }
  }
  const ids = new Set<string>()
  const results = blocks.map((block: unknown, index) => validateBlock(block, index, ids, locale))
  const errors: ValidationError[] = []
  for (const result of results) if (!result.ok) errors.push(...result.errors)
  return { ok: errors.length === 0, blocks: results, errors }
}

/** One block: its shape, then its props (`ids` collects the ids seen so far). */
function validateBlock(
  block: unknown,
  index: number,
  ids: Set<string>,
  locale: ManifestLocale,
): BlockValidation {
  const id = isPlainObject(block) && typeof block.id === 'string' && block.id ? block.id : undefined
  const type = isPlainObject(block) && typeof block.type === 'string' ? block.type : undefined
  const fail = (errors: ValidationError[]): BlockValidation => {
    for (const e of errors) if (id !== undefined) e.blockId = id
    return { ok: false, index, id, type, errors }
  }
  const bad = (reason: string, member = '') =>
    fail([invalidBlock(index, reason, locale, `/${index}${member}`)])
  if (!isPlainObject(block)) return bad('not-an-object')
  if (id === undefined) return bad('missing-id', '/id')
  if (ids.has(id)) return bad('duplicate-id', '/id')
  ids.add(id)
  if (type === undefined) return bad('missing-type', '/type')
  const version = block.version ?? undefined
  if (
    version !== undefined &&
    !(typeof version === 'number' && Number.isInteger(version) && version >= 1)
  ) {
    return bad('invalid-version', '/version')
  }
  const props = block.props ?? {}
  if (!isPlainObject(props)) return bad('invalid-props', '/props')
  const result: WidgetConfigResult = validateWidgetConfig(type, props, { locale, version })
  if (!result.ok) {
    return fail(
      result.errors.map((e) => ({
        ...e,
        path:
          e.code === 'unknown-type'
            ? `/${index}/type`
            : e.code === 'unsupported-version'
              ? `/${index}/version`
              : `/${index}/props${e.path}`,
      })),
    )
  }
  return { ok: true, index, id, type, version: result.version, props: result.props }
}
