#!/usr/bin/env node
import type { ManifestLocale, WidgetManifest } from '@taro-live/components/manifest'
import { toStorybookArgTypes } from './argtypes'
import { toLowCodeEngine } from './lowcode'
import { readManifest } from './manifest'
import { toJsonSchemaForm } from './rjsf'
import { LOCALES } from './shared'
import { toWeDa } from './weda'

/** What the CLI does to the outside world: given by `main`'s caller (Node, or a test). */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  readFile(path: string): Promise<string>
  /** The names in a directory. */
  readDir(path: string): Promise<string[]>
  isDirectory(path: string): Promise<boolean>
  /** Creates the directory and its parents. */
  mkdir(path: string): Promise<void>
  writeFile(path: string, text: string): Promise<void>
  join(...parts: string[]): string
  dirname(path: string): string
  /** The default manifests: `@taro-live/components/manifests.json`, or their directory. */
  defaultManifests(): Promise<string>
}

const CONVERTERS = {
  lowcode: (manifest: WidgetManifest, locale: ManifestLocale) =>
    toLowCodeEngine(manifest, { locale }),
  weda: (manifest: WidgetManifest, locale: ManifestLocale) => toWeDa(manifest, { locale }),
  argtypes: (manifest: WidgetManifest, locale: ManifestLocale) =>
    toStorybookArgTypes(manifest, { locale }),
  rjsf: (manifest: WidgetManifest, locale: ManifestLocale) =>
    toJsonSchemaForm(manifest, { locale }),
} as const

type Format = keyof typeof CONVERTERS

export const USAGE = `Usage: taro-live-builder <lowcode|weda|argtypes|rjsf> [--locale zh-CN|en-US] [--out <dir>] [--manifests <dir or index.json>]

  lowcode   Alibaba LowCodeEngine component metadata
  weda      WeDa (微搭) custom-component configs
  argtypes  Storybook argTypes
  rjsf      { schema, uiSchema } for react-jsonschema-form

  --locale     the texts' locale (default zh-CN)
  --out        write <dir>/<widget type>.json per widget (default: print one JSON object by type)
  --manifests  a manifests directory or index.json (default @taro-live/components/manifests.json)
`

class UsageError extends Error {}

interface Args {
  format: Format
  locale: ManifestLocale
  out?: string
  manifests?: string
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  let format: Format | undefined
  let locale: ManifestLocale = 'zh-CN'
  let out: string | undefined
  let manifests: string | undefined
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string
    if (arg === '--help' || arg === '-h') return 'help'
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s) as [string, string?]) : [arg]
    const value = (): string => {
      const next = inline ?? argv[++index]
      if (next === undefined || next === '' || (inline === undefined && next.startsWith('--'))) {
        throw new UsageError(`${flag} needs a value`)
      }
      return next
    }
    if (flag === '--locale') {
      const given = value()
      if (!LOCALES.includes(given as ManifestLocale)) {
        throw new UsageError(`unknown locale "${given}" (use ${LOCALES.join(' or ')})`)
      }
      locale = given as ManifestLocale
    } else if (flag === '--out') out = value()
    else if (flag === '--manifests') manifests = value()
    else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`)
    else if (format !== undefined) throw new UsageError(`unexpected argument "${arg}"`)
    else if (Object.keys(CONVERTERS).includes(arg)) format = arg as Format
    else throw new UsageError(`unknown format "${arg}" (use ${Object.keys(CONVERTERS).join(', ')})`)
  }
  if (format === undefined) throw new UsageError('missing the format')
  const args: Args = { format, locale }
  if (out !== undefined) args.out = out
  if (manifests !== undefined) args.manifests = manifests
  return args
}

async function readJson(io: CliIo, path: string): Promise<unknown> {
  let source: string
  try {
    source = await io.readFile(path)
  } catch {
    throw new UsageError(`cannot read ${path}`)
  }
  try {
    return JSON.parse(source) as unknown
  } catch (error) {
    throw new UsageError(`${path} is not JSON: ${(error as Error).message}`)
  }
}

/** The manifests of a directory (its `index.json`, else every `*.json` manifest) or an index. */
export async function loadManifests(io: CliIo, location: string): Promise<WidgetManifest[]> {
  let index = location
  if (await io.isDirectory(location)) {
    const names = await io.readDir(location)
    if (!names.includes('index.json')) {
      const files = names.filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
      const manifests: WidgetManifest[] = []
      for (const name of files.sort()) {
        const path = io.join(location, name)
        const json = await readJson(io, path)
        // Other JSON files (a meta-schema, an index) are not manifests.
        if (typeof json === 'object' && json !== null && 'props' in json) {
          manifests.push(readManifest(json, path))
        }
      }
      if (manifests.length === 0) throw new UsageError(`no manifests in ${location}`)
      return manifests
    }
    index = io.join(location, 'index.json')
  }
  const json = await readJson(io, index)
  if (typeof json === 'object' && json !== null && 'props' in json)
    return [readManifest(json, index)]
  const widgets = (json as { widgets?: unknown }).widgets
  if (!Array.isArray(widgets)) {
    throw new UsageError(
      `${index} is neither a manifest nor an index ({ widgets: [{ manifest }] })`,
    )
  }
  const manifests: WidgetManifest[] = []
  for (const entry of widgets) {
    const file = (entry as { manifest?: unknown }).manifest
    if (typeof file !== 'string') throw new UsageError(`${index}: every widget needs "manifest"`)
    const path = io.join(io.dirname(index), file)
    manifests.push(readManifest(await readJson(io, path), path))
  }
  return manifests
}

/**
 * The CLI: converts the manifests to one builder format and prints them (one JSON object by
 * widget type) or writes `<out>/<type>.json`. Returns the exit code: 0, or 1 with a message.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv)
    if (args === 'help') {
      io.stdout(USAGE)
      return 0
    }
    const manifests = await loadManifests(io, args.manifests ?? (await io.defaultManifests()))
    const convert = CONVERTERS[args.format]
    const outputs = manifests.map((manifest) => ({
      type: manifest.type,
      output: convert(manifest, args.locale),
    }))
    if (args.out === undefined) {
      const all: Record<string, unknown> = {}
      for (const { type, output } of outputs) all[type] = output
      io.stdout(`${JSON.stringify(all, null, 2)}\n`)
      return 0
    }
    await io.mkdir(args.out)
    for (const { type, output } of outputs) {
      const path = io.join(args.out, `${type}.json`)
      await io.writeFile(path, `${JSON.stringify(output, null, 2)}\n`)
      io.stderr(`wrote ${path}\n`)
    }
    return 0
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`taro-live-builder: ${message}\n`)
    if (error instanceof UsageError) io.stderr(`\n${USAGE}`)
    return 1
  }
}

/* The Node bindings. The modules are loaded by name at run time: the packages' source is checked
 * without Node's types (tsconfig.src.json), and only the CLI, never the library, uses them. */

interface NodeFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>
  readdir(path: string): Promise<string[]>
  stat(path: string): Promise<{ isDirectory(): boolean }>
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  writeFile(path: string, text: string): Promise<void>
}
interface NodePath {
  join(...parts: string[]): string
  dirname(path: string): string
}
interface NodeModule {
  createRequire(from: string): { resolve(id: string): string }
}
interface NodeProcess {
  argv: string[]
  cwd(): string
  exitCode?: number
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

const load = (id: string): Promise<unknown> => import(/* @vite-ignore */ id)

/** The path of the running CLI script (`dist/cli.js` behind the bin link), if this is it. */
async function cliScript(proc: NodeProcess | undefined): Promise<string | undefined> {
  const entry = proc?.argv[1]
  if (!entry) return undefined
  const { realpath } = (await load('node:fs/promises')) as {
    realpath(path: string): Promise<string>
  }
  let real = entry
  try {
    real = await realpath(entry)
  } catch {
    // keep the path as given
  }
  // Not `import.meta.url`: the build targets ES2018, where esbuild empties `import.meta`.
  return /[\\/]builder[\\/]dist[\\/]cli\.c?js$/.test(real) ? real : undefined
}

/**
 * `CliIo` over Node's file system and streams. `from`: where `@taro-live/components` is resolved
 * from (default: the CLI script, else the working directory).
 */
export async function nodeIo(from?: string): Promise<CliIo> {
  const fs = (await load('node:fs/promises')) as NodeFs
  const path = (await load('node:path')) as NodePath
  const { createRequire } = (await load('node:module')) as NodeModule
  const proc = (globalThis as unknown as { process: NodeProcess }).process
  const here = from ?? (await cliScript(proc)) ?? path.join(proc.cwd(), 'noop.js')
  return {
    stdout: (text) => void proc.stdout.write(text),
    stderr: (text) => void proc.stderr.write(text),
    readFile: (file) => fs.readFile(file, 'utf8'),
    readDir: (dir) => fs.readdir(dir),
    isDirectory: async (file) => {
      try {
        return (await fs.stat(file)).isDirectory()
      } catch {
        return false
      }
    },
    mkdir: async (dir) => void (await fs.mkdir(dir, { recursive: true })),
    writeFile: (file, text) => fs.writeFile(file, text),
    join: (...parts) => path.join(...parts),
    dirname: (file) => path.dirname(file),
    defaultManifests: async () => {
      const require = createRequire(here)
      try {
        return require.resolve('@taro-live/components/manifests.json')
      } catch {
        // An @taro-live/components without the index: its directory of manifests.
        try {
          return path.join(
            path.dirname(require.resolve('@taro-live/components/package.json')),
            'manifests',
          )
        } catch {
          throw new UsageError('@taro-live/components is not installed here: give --manifests')
        }
      }
    },
  }
}

/** Runs the CLI when this module is the process's entry (not when a test imports it). */
async function run(): Promise<void> {
  const proc = (globalThis as unknown as { process?: NodeProcess }).process
  const script = await cliScript(proc)
  if (!proc || script === undefined) return
  proc.exitCode = await main(proc.argv.slice(2), await nodeIo(script))
}

void run()
