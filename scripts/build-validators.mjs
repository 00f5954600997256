// Precompiles the widgets' props schemas (packages/components/manifests/*.json) into plain
// validation functions with Ajv's standalone code, so the `manifest` and `page` entries validate a
// page builder's config in a mini program without shipping Ajv (docs/page-builders.md, "Bytes").
//
//   node scripts/build-validators.mjs           writes packages/components/src/manifest/generated/
//   node scripts/build-validators.mjs --check   exits 1 when the checked-in files are stale
//
// What is compiled is a copy of each props schema with the annotations removed (title,
// description, default, x-*: they do not change what validates) and every `oneOf` made only of
// `const` branches written as the `enum` it is equivalent to (one error naming the allowed values
// instead of one per branch). The generated code imports nothing:
// - Ajv's `ucs2length` (string length in code points, as JSON Schema counts `maxLength`) is inlined;
// - the `uri` format is ajv-formats' own "fast" regex (absolute URI: a scheme, then no whitespace),
//   not its ~1 KB RFC 3986 one: the one field with `format: uri` (`cover`) also has the pattern
//   `^https://`, and the test validates the examples with the full format too.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv2020 from 'ajv/dist/2020.js'
import standaloneCode from 'ajv/dist/standalone/index.js'
import addFormats from 'ajv-formats'

// A path, not `new URL('..', import.meta.url)`: tests import this under jsdom, whose URL differs.
const root = `${join(dirname(fileURLToPath(import.meta.url)), '..')}/`
const manifestsDir = `${root}packages/components/manifests`
const outDir = `${root}packages/components/src/manifest/generated`

/** The editor annotations of the manifest format, with the meta-schemas of their values. */
export const ANNOTATIONS = ['x-i18n', 'x-widget', 'x-group', 'x-order', 'x-advanced']

/** manifests/manifest.schema.json, the format of a manifest. */
export function readManifestSchema() {
  return JSON.parse(readFileSync(`${manifestsDir}/manifest.schema.json`, 'utf8'))
}

/** manifests/index.json and each manifest it lists, in its order. */
export function readManifests() {
  const index = JSON.parse(readFileSync(`${manifestsDir}/index.json`, 'utf8'))
  const manifests = index.widgets.map((widget) =>
    JSON.parse(readFileSync(`${manifestsDir}/${widget.manifest.replace(/^\.\//, '')}`, 'utf8')),
  )
  return { index, manifests }
}

/**
 * Ajv 2020-12, strict, with the x-* keywords registered (each with its meta-schema from
 * manifest.schema.json, so a wrong annotation value fails like a wrong keyword). `fullFormats`
 * adds every ajv-formats format in its full mode (tests); otherwise only the fast `uri`.
 */
export function createAjv({ fullFormats = false, ...options } = {}) {
  const ajv = new Ajv2020({ strict: true, allErrors: true, ...options })
  if (fullFormats) addFormats(ajv)
  else addFormats(ajv, { mode: 'fast', formats: ['uri'] })
  const defs = readManifestSchema().$defs
  ajv.addVocabulary(
    ANNOTATIONS.map((keyword) => ({
      keyword,
      schemaType: schemaTypeOf(defs[keyword]),
      metaSchema: defs[keyword],
    })),
  )
  return ajv
}

/** The JSON type of a keyword's value, as Ajv's `schemaType` takes it (no `integer`). */
function schemaTypeOf(metaSchema) {
  if (metaSchema.type) return metaSchema.type === 'integer' ? 'number' : metaSchema.type
  return typeof metaSchema.enum[0]
}

const DROPPED = new Set(['$schema', 'title', 'description', 'default', 'examples', ...ANNOTATIONS])

/** The schema that is compiled: annotations dropped, `oneOf` of consts as `enum`. */
export function compiledSchema(schema) {
  if (Array.isArray(schema)) return schema.map(compiledSchema)
  if (schema === null || typeof schema !== 'object') return schema
  const out = {}
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key)) continue
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, field]) => [name, compiledSchema(field)]),
      )
    } else if (
      key === 'oneOf' &&
      value.every((branch) => Object.keys(branch).every((k) => k === 'const' || DROPPED.has(k)))
    ) {
      out.enum = value.map((branch) => branch.const)
    } else out[key] = compiledSchema(value)
  }
  return out
}

/** What messages need of each field, by JSON pointer: its titles, editor widget and option labels. */
function fieldInfo(properties, prefix, fields) {
  for (const [name, field] of Object.entries(properties)) {
    const pointer = `${prefix}/${name}`
    const en = field['x-i18n']?.['en-US'] ?? {}
    const info = { title: [field.title, en.title ?? field.title] }
    if (field['x-widget'] === 'channel-id' || field['x-widget'] === 'image') {
      info.widget = field['x-widget']
    }
    if (field.oneOf?.every((branch) => 'const' in branch)) {
      info.options = field.oneOf.map((branch) => [
        branch.const,
        branch.title ?? String(branch.const),
        en.options?.[String(branch.const)] ?? branch.title ?? String(branch.const),
      ])
    }
    fields[pointer] = info
    if (field.properties) fieldInfo(field.properties, pointer, fields)
  }
  return fields
}

const identifier = (type) => type.replace(/-(\w)/g, (_, c) => c.toUpperCase())

const UCS2LENGTH = `function ucs2length(str) {
  // Ajv's runtime/ucs2length, inlined: the length in code points (a surrogate pair counts once).
  const len = str.length
  let length = 0
  let pos = 0
  let value
  while (pos < len) {
    length++
    value = str.charCodeAt(pos++)
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      value = str.charCodeAt(pos)
      if ((value & 0xfc00) === 0xdc00) pos++
    }
  }
  return length
}`

const HEADER = `// biome-ignore-all lint: generated by scripts/build-validators.mjs from packages/components/manifests; do not edit
// Generated by \`node scripts/build-validators.mjs\` from packages/components/manifests/*.json.
// Do not edit: change a manifest and run the script again (a test fails while this is stale).
`

/** The generated files' contents, by file name, formatted as Biome formats them. */
export function generate() {
  const { index, manifests } = readManifests()
  const ajv = createAjv({
    code: { source: true, esm: true, lines: false, optimize: true },
    // Messages are ours (src/manifest/messages.ts); Ajv's are not compiled in.
    messages: false,
  })
  const exports = {}
  for (const manifest of manifests) {
    const id = `taro-live:${manifest.type}@${manifest.version}`
    ajv.addSchema({ $id: id, ...compiledSchema(manifest.props) })
    exports[identifier(manifest.type)] = id
  }
  let code = standaloneCode.default(ajv, exports)
  code = code.replace(/^"use strict";/, '')
  const ucs2 = /require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g
  if (ucs2.test(code)) code = `${UCS2LENGTH}\n${code.replace(ucs2, 'ucs2length')}`
  if (/require\(|\bimport\b/.test(code)) {
    throw new Error('build-validators: the generated code still imports something')
  }
  const widgets = Object.fromEntries(
    manifests.map((m) => [
      m.type,
      {
        version: m.version,
        title: [m.title['zh-CN'], m.title['en-US']],
        fields: fieldInfo(m.props.properties, '', {}),
      },
    ]),
  )
  const validators = `${HEADER}${code}
/** The props validator of each widget type. */
export const validators = {
${manifests.map((m) => `  ${JSON.stringify(m.type)}: ${identifier(m.type)},`).join('\n')}
}
/** Each widget type's props version, title, and per field (JSON pointer) its title [zh-CN, en-US], editor widget and option labels. */
export const WIDGETS = ${JSON.stringify(widgets)}
`
  const typesUnion = manifests.map((m) => JSON.stringify(m.type)).join(' | ')
  const validatorsDts = `${HEADER}import type { GeneratedValidator, WidgetInfo } from '../types'

export declare const validators: Record<${typesUnion}, GeneratedValidator>
export declare const WIDGETS: Record<${typesUnion}, WidgetInfo>
`
  const manifestsJs = `${HEADER}/** manifests/index.json */
export const MANIFEST_INDEX = ${JSON.stringify(index)}
/** Each manifest of manifests/*.json, by widget type. */
export const MANIFESTS = ${JSON.stringify(Object.fromEntries(manifests.map((m) => [m.type, m])))}
`
  const manifestsDts = `${HEADER}import type { WidgetManifest } from '../manifest-format'
import type { ManifestIndex } from '../types'

export declare const MANIFEST_INDEX: ManifestIndex
export declare const MANIFESTS: Record<${typesUnion}, WidgetManifest>
`
  return Object.fromEntries(
    Object.entries({
      'validators.js': validators,
      'validators.d.ts': validatorsDts,
      'manifests.js': manifestsJs,
      'manifests.d.ts': manifestsDts,
    }).map(([name, text]) => [name, format(name, text)]),
  )
}

function format(name, text) {
  return execFileSync(
    `${root}node_modules/.bin/biome`,
    ['format', `--stdin-file-path=${outDir}/${name}`],
    { input: text, encoding: 'utf8', cwd: root },
  )
}

export const OUT_DIR = outDir

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = generate()
  const check = process.argv.includes('--check')
  let stale = false
  for (const [name, text] of Object.entries(files)) {
    const path = `${outDir}/${name}`
    let current = ''
    try {
      current = readFileSync(path, 'utf8')
    } catch {}
    if (current === text) continue
    stale = true
    if (check) console.error(`build-validators: ${path} is stale`)
    else writeFileSync(path, text)
  }
  if (check && stale) {
    console.error('Run `node scripts/build-validators.mjs` and commit the result.')
    process.exit(1)
  }
  if (!check)
    console.log(stale ? `build-validators: wrote ${outDir}` : 'build-validators: up to date')
}
