import type { ManifestLocale } from './manifest-format'
import type { FieldInfo, ValidationErrorCode } from './types'

type Params = Record<string, unknown>
type Message = (title: string, params: Params, field: FieldInfo | undefined) => string

const EXPECTED: Record<string, [string, string]> = {
  string: ['文字', 'text'],
  number: ['数字', 'a number'],
  integer: ['整数', 'a whole number'],
  boolean: ['开关值（是/否）', 'true or false'],
  object: ['一组设置', 'a group of settings'],
  array: ['列表', 'a list'],
}

function expected(params: Params, zh: boolean): string {
  const types = String(params.type ?? '').split(',')
  return types.map((type) => EXPECTED[type]?.[zh ? 0 : 1] ?? type).join(zh ? '或' : ' or ')
}

function options(params: Params, field: FieldInfo | undefined, zh: boolean): string {
  const allowed = (params.allowed as unknown[] | undefined) ?? []
  return allowed
    .map((value) => {
      const option = field?.options?.find(([v]) => v === value)
      return option ? option[zh ? 1 : 2] : String(value)
    })
    .join(zh ? '、' : ', ')
}

/** A title before Chinese text: a space after a Latin end ("视频号 ID 格式不正确"). */
const s = (title: string) => (/[A-Za-z0-9]$/.test(title) ? `${title} ` : title)

const ZH: Record<ValidationErrorCode, Message> = {
  'unknown-type': (_, p) => `未知的组件类型“${p.type}”`,
  required: (title) => `请填写${title}`,
  type: (title, p) => `${s(title)}的值不正确，应为${expected(p, true)}`,
  'too-long': (title, p) => `${s(title)}不能超过 ${p.limit} 个字`,
  'too-short': (title, p) => `${s(title)}至少需要 ${p.limit} 个字`,
  pattern: (title, _, field) =>
    field?.widget === 'channel-id'
      ? `${s(title)}格式不正确，应以 sph 开头`
      : field?.widget === 'image'
        ? `${s(title)}必须是 https 开头的图片地址`
        : `${s(title)}格式不正确`,
  format: (title) => `${s(title)}不是有效的网址`,
  enum: (title, p, field) => `${s(title)}只能选择：${options(p, field, true)}`,
  'unknown-field': (_, p) => `不支持的设置项“${p.field}”`,
  range: (title, p) =>
    p.comparison === '<=' || p.comparison === '<'
      ? `${s(title)}不能大于 ${p.limit}`
      : `${s(title)}不能小于 ${p.limit}`,
  'unsupported-version': (title, p) =>
    `${s(title)}的配置版本 ${p.version} 比当前组件库支持的版本 ${p.supported} 新，请升级 @taro-live/components`,
  'invalid-block': (_, p) =>
    Number(p.index) < 0
      ? String(p.reason)
      : `第 ${Number(p.index) + 1} 个区块格式不正确：${p.reason}`,
}

const EN: Record<ValidationErrorCode, Message> = {
  'unknown-type': (_, p) => `Unknown widget type "${p.type}"`,
  required: (title) => `${title} is required`,
  type: (title, p) => `${title} must be ${expected(p, false)}`,
  'too-long': (title, p) => `${title} must be at most ${p.limit} characters`,
  'too-short': (title, p) => `${title} must be at least ${p.limit} characters`,
  pattern: (title, _, field) =>
    field?.widget === 'channel-id'
      ? `${title} is not valid: it starts with sph`
      : field?.widget === 'image'
        ? `${title} must be an image URL starting with https://`
        : `${title} is not in the right format`,
  format: (title) => `${title} is not a valid URL`,
  enum: (title, p, field) => `${title} must be one of: ${options(p, field, false)}`,
  'unknown-field': (_, p) => `Unknown setting "${p.field}"`,
  range: (title, p) =>
    p.comparison === '<=' || p.comparison === '<'
      ? `${title} must be at most ${p.limit}`
      : `${title} must be at least ${p.limit}`,
  'unsupported-version': (title, p) =>
    `${title}: configuration version ${p.version} is newer than this @taro-live/components supports (${p.supported}); upgrade it`,
  'invalid-block': (_, p) =>
    Number(p.index) < 0
      ? String(p.reason)
      : `Block ${Number(p.index) + 1} is not valid: ${p.reason}`,
}

/** Why a block is not valid, for `invalid-block` (`params.reason` is the key). */
export const BLOCK_REASONS = {
  'not-an-array': ['页面数据应为区块列表', 'the page must be a list of blocks'],
  'not-an-object': ['区块应为对象', 'a block must be an object'],
  'missing-id': ['缺少区块 ID', 'it has no id'],
  'duplicate-id': ['区块 ID 重复', 'its id is used by another block'],
  'missing-type': ['缺少组件类型', 'it has no widget type'],
  'invalid-version': ['版本应为正整数', 'its version must be a positive whole number'],
  'invalid-props': ['props 应为对象', 'its props must be an object'],
} as const satisfies Record<string, readonly [string, string]>

/** The message of an error, naming the field by its title in `locale`. */
export function message(
  locale: ManifestLocale,
  code: ValidationErrorCode,
  title: string,
  params: Params,
  field?: FieldInfo,
): string {
  const zh = locale !== 'en-US'
  const reason = BLOCK_REASONS[params.reason as keyof typeof BLOCK_REASONS]
  const withReason = reason ? { ...params, reason: reason[zh ? 0 : 1] } : params
  return (zh ? ZH : EN)[code](title, withReason, field)
}
