// @vitest-environment jsdom

// The manifests (packages/components/manifests/*.json) against JSON Schema 2020-12, against our
// manifest format (manifest.schema.json), and against the components' code: their props (through
// the TypeScript compiler) and their default constants. Also: the generated validators are fresh.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { WidgetManifest } from '@taro-live/components/manifest/manifest-format'
import { MIGRATIONS } from '@taro-live/components/manifest/migrations'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import { LIVE_EMBED_DEFAULTS } from '../src/live-embed/live-embed'
import { LIVE_FLOATING_WINDOW_DEFAULTS } from '../src/live-floating-window/live-floating-window'
import { LIVE_RESERVE_CARD_DEFAULTS } from '../src/live-reserve-card/live-reserve-card'
import { manifests as shipped, validateWidgetConfig, WIDGET_TYPES } from '../src/manifest'

// Paths, not `new URL(…, import.meta.url)`: jsdom's URL resolves against its own page.
const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '../../../')
const srcDir = join(here, '../src/')
const dir = join(here, '../manifests/')
const readJson = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'))

interface BuildScript {
  createAjv(options?: { fullFormats?: boolean }): {
    validateSchema(schema: unknown): boolean
    compile(schema: unknown): ((data: unknown) => boolean) & { errors?: unknown[] | null }
    errors?: unknown[] | null
  }
  compiledSchema(schema: unknown): unknown
  generate(): Record<string, string>
  OUT_DIR: string
}
// A variable path: the script is plain JS, outside the TypeScript project.
const scriptUrl = pathToFileURL(join(root, 'scripts/build-validators.mjs')).href
const script = (await import(/* @vite-ignore */ scriptUrl)) as BuildScript

const index = readJson('index.json') as {
  manifestVersion: number
  widgets: { type: string; name: string; version: number; manifest: string }[]
}
const manifests = index.widgets.map((w) => readJson(w.manifest) as WidgetManifest)
const byType = Object.fromEntries(manifests.map((m) => [m.type, m]))

/** The default constants the components use (the profile button has none a builder can set). */
const DEFAULTS: Record<string, Record<string, unknown>> = {
  'live-floating-window': LIVE_FLOATING_WINDOW_DEFAULTS,
  'live-reserve-card': LIVE_RESERVE_CARD_DEFAULTS,
  'profile-button': {},
  'live-embed': LIVE_EMBED_DEFAULTS,
}

const SOURCES: Record<string, [file: string, props: string]> = {
  'live-floating-window': [
    'live-floating-window/live-floating-window.tsx',
    'LiveFloatingWindowProps',
  ],
  'live-reserve-card': ['live-reserve-card/live-reserve-card.tsx', 'LiveReserveCardProps'],
  'profile-button': ['profile-button/profile-button.tsx', 'ProfileButtonProps'],
  'live-embed': ['live-embed/live-embed.tsx', 'LiveEmbedProps'],
}

it('index.json lists the widgets with their manifests’ type, name and version', () => {
  expect(index.widgets.map((w) => w.type)).toEqual([
    'live-floating-window',
    'live-reserve-card',
    'profile-button',
    'live-embed',
  ])
  for (const [i, widget] of index.widgets.entries()) {
    const manifest = manifests[i] as WidgetManifest
    expect(widget).toEqual({
      type: manifest.type,
      name: manifest.name,
      version: manifest.version,
      manifest: `./${manifest.type}.json`,
    })
    expect(manifest.manifestVersion).toBe(index.manifestVersion)
  }
  expect(WIDGET_TYPES).toEqual(index.widgets.map((w) => w.type))
})

it('the package exports each manifest at the path the index names', () => {
  const pkg = JSON.parse(readFileSync(join(here, '../package.json'), 'utf8'))
  for (const widget of index.widgets) {
    expect(pkg.exports[`./${widget.type}/manifest.json`]).toBe(`./manifests/${widget.type}.json`)
  }
  expect(pkg.exports['./manifests.json']).toBe('./manifests/index.json')
  expect(pkg.exports['./manifest.schema.json']).toBe('./manifests/manifest.schema.json')
})

describe('manifest.schema.json', () => {
  const ajv = script.createAjv({ fullFormats: true })
  const schema = readJson('manifest.schema.json')

  it('is a valid JSON Schema 2020-12 and compiles in strict mode', () => {
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true)
    expect(() => ajv.compile(schema)).not.toThrow()
  })

  it('rejects what is not our format', () => {
    const validate = ajv.compile(schema)
    const manifest = manifests[0] as WidgetManifest
    const broken = (change: (m: Record<string, unknown>) => void) => {
      const copy = structuredClone(manifest) as unknown as Record<string, unknown>
      change(copy)
      return validate(copy)
    }
    expect(validate(manifest)).toBe(true)
    expect(broken((m) => (m.extra = 1))).toBe(false)
    expect(broken((m) => (m.props = { type: 'string' }))).toBe(false)
    expect(
      broken((m) => ((m.props as { additionalProperties: boolean }).additionalProperties = true)),
    ).toBe(false)
    expect(broken((m) => (m.placement = 'floating'))).toBe(false)
    expect(broken((m) => ((m.title as Record<string, string>)['en-US'] = ''))).toBe(false)
    const field = (m: Record<string, unknown>) =>
      (m.props as { properties: Record<string, Record<string, unknown>> }).properties
        .finderUserName as Record<string, unknown>
    expect(broken((m) => (field(m)['x-widget'] = 'color'))).toBe(false)
    expect(broken((m) => (field(m)['x-order'] = 1.5))).toBe(false)
    expect(broken((m) => (field(m)['x-advanced'] = 'yes'))).toBe(false)
    expect(broken((m) => (field(m)['x-i18n'] = { 'en-US': { label: 'x' } }))).toBe(false)
    expect(broken((m) => delete field(m).title)).toBe(false)
  })
})

describe.each(manifests.map((m) => [m.type, m] as const))('%s manifest', (type, manifest) => {
  const ajv = script.createAjv({ fullFormats: true })

  it('validates against manifest.schema.json', () => {
    const validate = ajv.compile(readJson('manifest.schema.json'))
    expect(validate(manifest), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('references assets that ship with it (icon, screenshot)', () => {
    for (const asset of [manifest.icon, manifest.screenshot]) {
      if (asset === undefined) continue
      expect(asset, 'relative to the manifest').toMatch(/^\.\//)
      expect(readFileSync(join(dir, asset)).length).toBeGreaterThan(0)
    }
    expect(readFileSync(join(dir, manifest.icon ?? ''), 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)
  })

  it('has props and event args that are valid JSON Schema 2020-12 (strict, x-* registered)', () => {
    expect(ajv.validateSchema(manifest.props), JSON.stringify(ajv.errors)).toBe(true)
    expect(() => ajv.compile(manifest.props)).not.toThrow()
    for (const event of manifest.events) {
      expect(ajv.validateSchema(event.args)).toBe(true)
      expect(() => ajv.compile(event.args)).not.toThrow()
    }
  })

  it('has defaults and examples that validate (Ajv with full formats, and validateWidgetConfig)', () => {
    const validate = ajv.compile(manifest.props)
    const fields = collectFields(manifest.props.properties)
    const defaults = fields.filter(([, f]) => 'default' in f)
    expect(defaults.length).toBe(Object.keys(DEFAULTS[type] ?? {}).length)
    for (const [path, field] of defaults) {
      const value = field.default
      const fieldSchema = { ...field, $schema: undefined }
      delete fieldSchema.$schema
      expect(ajv.compile(fieldSchema)(value), `${path} default`).toBe(true)
    }
    const required = Object.fromEntries(
      ((manifest.props.required as string[] | undefined) ?? []).map((n) => [n, 'sphABCdef123']),
    )
    const allDefaults = {
      ...required,
      ...Object.fromEntries(defaults.map(([p, f]) => [p.slice(1), f.default])),
    }
    expect(validate(allDefaults)).toBe(true)
    expect(validateWidgetConfig(type, allDefaults, { version: manifest.version }).ok).toBe(true)
    expect(manifest.examples.length).toBeGreaterThan(0)
    for (const example of manifest.examples) {
      expect(validate(example.props), `${example.name}: ${JSON.stringify(validate.errors)}`).toBe(
        true,
      )
      expect(validateWidgetConfig(type, example.props, { version: manifest.version })).toEqual({
        ok: true,
        type,
        version: manifest.version,
        props: example.props,
      })
    }
  })

  it('has every default equal to the component’s default constant', () => {
    const manifestDefaults = Object.fromEntries(
      Object.entries(manifest.props.properties)
        .filter(([, field]) => 'default' in field)
        .map(([name, field]) => [name, field.default]),
    )
    expect(manifestDefaults).toEqual(DEFAULTS[type])
  })

  it('names every TypeScript prop once: in props, slots, events or codeOnly, and no other', () => {
    const [file, name] = SOURCES[type] as [string, string]
    const tsProps = propsOf(file, name)
    const manifestNames = [
      ...Object.keys(manifest.props.properties),
      ...manifest.slots.map((s) => s.name),
      ...manifest.events.map((e) => e.name),
      ...manifest.codeOnly.map((c) => c.name),
    ]
    expect(new Set(manifestNames).size, 'a name listed twice').toBe(manifestNames.length)
    expect(
      [...tsProps.keys()].filter((p) => !manifestNames.includes(p)),
      'TS props missing from the manifest',
    ).toEqual([])
    expect(
      manifestNames.filter((p) => !tsProps.has(p)),
      'manifest names the component lacks',
    ).toEqual([])
    // Events are functions in TS; serialisable props are not.
    for (const event of manifest.events)
      expect(tsProps.get(event.name)?.callable, event.name).toBe(true)
    for (const prop of Object.keys(manifest.props.properties)) {
      expect(tsProps.get(prop)?.callable, prop).toBe(false)
    }
  })

  it('offers exactly the values TypeScript accepts for each select', () => {
    const [file, name] = SOURCES[type] as [string, string]
    const tsProps = propsOf(file, name)
    for (const [prop, field] of Object.entries(manifest.props.properties)) {
      const options = (field.oneOf as { const: unknown }[] | undefined)?.map((o) => o.const)
      const literals = tsProps.get(prop)?.literals
      if (!options) continue
      expect(literals && [...literals].sort(), prop).toEqual([...options].sort())
    }
  })

  it('has one migration per version step', () => {
    expect(MIGRATIONS[type]?.length).toBe(manifest.version - 1)
  })

  it('is what the manifest entry exports', () => {
    expect(shipped[type as keyof typeof shipped]).toEqual(byType[type])
  })
})

describe('generated validators', () => {
  const generated = script.generate()

  it('are up to date (regenerate: node scripts/build-validators.mjs)', () => {
    for (const [name, text] of Object.entries(generated)) {
      expect(readFileSync(`${script.OUT_DIR}/${name}`, 'utf8'), name).toBe(text)
    }
  })

  it('import nothing (no Ajv, no ajv-formats at run time)', () => {
    for (const name of ['validators.js', 'manifests.js']) {
      const code = generated[name] as string
      expect(code).not.toMatch(/\brequire\s*\(/)
      expect(code).not.toMatch(/^\s*import\s*[{*'"\w]/m)
      expect(code).not.toMatch(/\bimport\s*\(/)
    }
  })

  it('agree with Ajv on the manifests’ own schemas for the examples and defaults', async () => {
    const { validators } = await import(
      /* @vite-ignore */ pathToFileURL(`${script.OUT_DIR}/validators.js`).href
    )
    for (const manifest of manifests) {
      const reference = script.createAjv().compile(manifest.props)
      for (const example of manifest.examples) {
        expect(validators[manifest.type](example.props)).toBe(reference(example.props))
      }
      const wrong = { finderUserName: 'nope', texts: { x: 1 } }
      expect(validators[manifest.type](wrong)).toBe(reference(wrong))
    }
  })
})

type Field = Record<string, unknown> & { properties?: Record<string, Field> }

function collectFields(properties: Record<string, Field>, prefix = ''): [string, Field][] {
  return Object.entries(properties).flatMap(([name, field]) => [
    [`${prefix}/${name}`, field] as [string, Field],
    ...(field.properties ? collectFields(field.properties, `${prefix}/${name}`) : []),
  ])
}

interface TsProp {
  /** The prop is a function (an event handler). */
  callable: boolean
  /** The literal values of a union of literals (`'x' | 'y' | false`), else undefined. */
  literals: unknown[] | undefined
}

let program: ts.Program | undefined
// Loading the program (React's and Taro's types) takes seconds on a small machine: once, up front.
beforeAll(() => {
  propsOf(SOURCES['profile-button']?.[0] ?? '', 'ProfileButtonProps')
}, 120_000)

/** The props of an interface as the compiler sees them: own, inherited (`CommonProps`) and `Pick`ed. */
function propsOf(file: string, interfaceName: string): Map<string, TsProp> {
  if (!program) {
    const config = ts.getParsedCommandLineOfConfigFile(
      `${root}tsconfig.json`,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => {},
      },
    )
    program = ts.createProgram(
      Object.values(SOURCES).map(([f]) => `${srcDir}${f}`),
      config?.options ?? {},
    )
  }
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(`${srcDir}${file}`)
  if (!source) throw new Error(`no source ${file}`)
  let declaration: ts.InterfaceDeclaration | undefined
  ts.forEachChild(source, (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === interfaceName) declaration = node
  })
  if (!declaration) throw new Error(`no interface ${interfaceName} in ${file}`)
  const type = checker.getTypeAtLocation(declaration)
  const out = new Map<string, TsProp>()
  for (const symbol of checker.getPropertiesOfType(type)) {
    const propType = checker.getNonNullableType(
      checker.getTypeOfSymbolAtLocation(symbol, declaration),
    )
    const parts = propType.isUnion() ? propType.types : [propType]
    const literals = parts.every((t) => t.isLiteral() || t.flags & ts.TypeFlags.BooleanLiteral)
      ? parts.map((t) => (t.isLiteral() ? t.value : checker.typeToString(t) === 'true'))
      : undefined
    out.set(symbol.name, {
      callable: parts.length > 0 && parts.every((t) => t.getCallSignatures().length > 0),
      literals,
    })
  }
  return out
}
