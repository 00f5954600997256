import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type ManifestLocale,
  toJsonSchemaForm,
  toLowCodeEngine,
  toStorybookArgTypes,
  toWeDa,
  type WidgetManifest,
} from '@taro-live/builder'
import { describe, expect, it } from 'vitest'
import { manifestOf, WIDGETS, type Widget } from './support/manifests'

/*
 * Golden files: test/golden/<format>/<widget>.<locale>.json, compared exactly (as JSON text, key
 * order included, whitespace aside). After an intended change,
 * `UPDATE_GOLDEN=1 pnpm vitest run --project unit packages/builder && pnpm format` rewrites them;
 * review the diff like code.
 */

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url))
const update = process.env.UPDATE_GOLDEN === '1'

const FORMATS: Record<string, (manifest: WidgetManifest, locale: ManifestLocale) => unknown> = {
  lowcode: (manifest, locale) => toLowCodeEngine(manifest, { locale }),
  weda: (manifest, locale) => toWeDa(manifest, { locale }),
  argtypes: (manifest, locale) => toStorybookArgTypes(manifest, { locale }),
  rjsf: (manifest, locale) => toJsonSchemaForm(manifest, { locale }),
}

describe.each(Object.entries(FORMATS))('golden %s', (format, convert) => {
  const cases = WIDGETS.flatMap((widget) =>
    (['zh-CN', 'en-US'] as const).map((locale): [Widget, ManifestLocale] => [widget, locale]),
  )
  it.each(cases)('%s (%s)', (widget, locale) => {
    const file = `${GOLDEN}${format}/${widget}.${locale}.json`
    const actual = convert(manifestOf(widget), locale)
    if (update || !existsSync(file)) {
      if (!update) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1`)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`)
    }
    // Exact: the same JSON text, key order included, whatever the file's whitespace (`pnpm
    // format` formats JSON files too).
    expect(JSON.stringify(actual)).toBe(JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))))
  })
})

it('the default locale is zh-CN', () => {
  const manifest = manifestOf('live-reserve-card')
  const zh = { locale: 'zh-CN' } as const
  expect(toLowCodeEngine(manifest)).toEqual(toLowCodeEngine(manifest, zh))
  expect(toWeDa(manifest)).toEqual(toWeDa(manifest, zh))
  expect(toStorybookArgTypes(manifest)).toEqual(toStorybookArgTypes(manifest, zh))
  expect(toJsonSchemaForm(manifest)).toEqual(toJsonSchemaForm(manifest, zh))
  expect(toLowCodeEngine(manifest, { locale: 'en-US' })).not.toEqual(toLowCodeEngine(manifest, zh))
})
