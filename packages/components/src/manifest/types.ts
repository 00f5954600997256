// The types of the manifest format (manifests/manifest.schema.json) and of validation results.

import type { ManifestLocale } from './manifest-format'

/** A JSON Schema (2020-12) as plain data. */
export type JsonSchema = { [keyword: string]: unknown }

/** manifests/index.json */
export interface ManifestIndex {
  manifestVersion: 1
  widgets: { type: string; name: string; version: number; manifest: string }[]
}

/** An error of a generated (Ajv standalone) validator. */
export interface GeneratedValidatorError {
  instancePath: string
  schemaPath: string
  keyword: string
  params: Record<string, unknown>
}

/** A generated validator: `true` when valid, else `false` with `errors`. */
export interface GeneratedValidator {
  (data: unknown): boolean
  errors?: GeneratedValidatorError[] | null
}

/** What messages need of one field. */
export interface FieldInfo {
  /** [zh-CN, en-US] */
  title: [string, string]
  widget?: 'channel-id' | 'image'
  /** [value, zh-CN label, en-US label] */
  options?: [unknown, string, string][]
}

/** What validation needs of one widget type. */
export interface WidgetInfo {
  version: number
  /** [zh-CN, en-US] */
  title: [string, string]
  /** By JSON pointer (`/finderUserName`, `/texts/reserve`). */
  fields: Record<string, FieldInfo>
}

/** The code of a {@link ValidationError}. */
export type ValidationErrorCode =
  | 'unknown-type'
  | 'required'
  | 'type'
  | 'too-long'
  | 'too-short'
  | 'pattern'
  | 'format'
  | 'enum'
  | 'unknown-field'
  | 'range'
  | 'unsupported-version'
  | 'invalid-block'

/** One thing wrong with a config, for a merchant. */
export interface ValidationError {
  /** JSON pointer into the props (`/finderUserName`, `/texts/reserve`); in `validatePage`, into the blocks (`/2/props/cover`). */
  path: string
  code: ValidationErrorCode
  /** In the requested locale (zh-CN by default), naming the field by its title. */
  message: string
  /** The details: `limit`, `allowed`, `expected`, `field`, `type`, `version`… */
  params: Record<string, unknown>
  /** `validatePage` only: the block's id, when it has one. */
  blockId?: string
}

/** The props of a valid config: `null`s removed, migrated to the current version, defaults not applied. */
export type WidgetProps = Record<string, unknown>

/** What {@link validateWidgetConfig} and {@link migrateWidgetConfig} return. */
export type WidgetConfigResult =
  | { ok: true; type: string; version: number; props: WidgetProps }
  | { ok: false; errors: ValidationError[] }

/** Options of {@link validateWidgetConfig}. */
export interface ValidateOptions {
  /** The messages' language. Default zh-CN. */
  locale?: ManifestLocale
  /** The config's props version. Missing: 1 (data saved before versions existed). */
  version?: number
}
