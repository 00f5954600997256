import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { toJsonSchemaForm, toLowCodeEngine, toStorybookArgTypes, toWeDa } from '@taro-live/builder'
import { describe, expect, it } from 'vitest'
import { type CliIo, main, nodeIo, USAGE } from '../src/cli'
import { MANIFESTS_DIR, manifestOf } from './support/manifests'

/** An in-memory file system: `files` by path; what the CLI prints. */
function memoryIo(files: Record<string, string>) {
  const out: string[] = []
  const err: string[] = []
  const written = new Map<string, string>()
  const dirs = new Set<string>()
  for (const path of Object.keys(files)) dirs.add(posix.dirname(path))
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: async (path) => {
      const text = files[path]
      if (text === undefined) throw new Error(`ENOENT ${path}`)
      return text
    },
    readDir: async (dir) =>
      Object.keys(files)
        .filter((path) => posix.dirname(path) === dir)
        .map((path) => posix.basename(path)),
    isDirectory: async (path) => dirs.has(path),
    mkdir: async (dir) => void dirs.add(dir),
    writeFile: async (path, text) => void written.set(path, text),
    join: (...parts) => posix.join(...parts),
    dirname: (path) => posix.dirname(path),
    defaultManifests: async () => '/pkg/manifests/index.json',
  }
  return { io, out, err, written, stdout: () => out.join(''), stderr: () => err.join('') }
}

const source = (widget: string) => readFileSync(`${MANIFESTS_DIR}${widget}.json`, 'utf8')
const manifestFiles = (dir: string) => ({
  [`${dir}/live-reserve-card.json`]: source('live-reserve-card'),
  [`${dir}/profile-button.json`]: source('profile-button'),
})
const index = JSON.stringify({
  manifestVersion: 1,
  widgets: [
    { type: 'profile-button', manifest: './profile-button.json' },
    { type: 'live-reserve-card', manifest: './live-reserve-card.json' },
  ],
})

describe('taro-live-builder', () => {
  it('prints every widget of the default index, by type', async () => {
    const run = memoryIo({ ...manifestFiles('/pkg/manifests'), '/pkg/manifests/index.json': index })
    expect(await main(['lowcode'], run.io)).toBe(0)
    const printed = JSON.parse(run.stdout())
    expect(Object.keys(printed)).toEqual(['profile-button', 'live-reserve-card'])
    expect(printed['live-reserve-card']).toEqual(toLowCodeEngine(manifestOf('live-reserve-card')))
  })

  it('reads a directory without an index, and skips JSON that is not a manifest', async () => {
    const run = memoryIo({
      ...manifestFiles('/m'),
      '/m/manifest.schema.json': '{"type":"object"}',
      '/m/other.json': '{"not":"a manifest"}',
    })
    expect(await main(['weda', '--manifests', '/m', '--locale', 'en-US'], run.io)).toBe(0)
    const printed = JSON.parse(run.stdout())
    expect(Object.keys(printed)).toEqual(['live-reserve-card', 'profile-button'])
    expect(printed['profile-button']).toEqual(
      toWeDa(manifestOf('profile-button'), { locale: 'en-US' }),
    )
  })

  it('uses a directory’s index.json when there is one', async () => {
    const run = memoryIo({ ...manifestFiles('/m'), '/m/index.json': index })
    expect(await main(['argtypes', '--manifests=/m'], run.io)).toBe(0)
    expect(Object.keys(JSON.parse(run.stdout()))).toEqual(['profile-button', 'live-reserve-card'])
  })

  it('writes one file per widget with --out', async () => {
    const run = memoryIo({ ...manifestFiles('/m'), '/m/index.json': index })
    expect(await main(['rjsf', '--out', '/out', '--manifests', '/m/index.json'], run.io)).toBe(0)
    expect([...run.written.keys()]).toEqual([
      '/out/profile-button.json',
      '/out/live-reserve-card.json',
    ])
    expect(JSON.parse(run.written.get('/out/profile-button.json') ?? '')).toEqual(
      toJsonSchemaForm(manifestOf('profile-button')),
    )
    expect(run.stdout()).toBe('')
    expect(run.stderr()).toContain('wrote /out/profile-button.json')
  })

  it('prints the usage with --help', async () => {
    const run = memoryIo({})
    expect(await main(['--help'], run.io)).toBe(0)
    expect(run.stdout()).toBe(USAGE)
  })

  it.each([
    [[], /missing the format/],
    [['html'], /unknown format "html"/],
    [['lowcode', 'weda'], /unexpected argument "weda"/],
    [['lowcode', '--locale', 'fr-FR'], /unknown locale "fr-FR"/],
    [['lowcode', '--locale'], /--locale needs a value/],
    [['lowcode', '--out', '--locale', 'en-US'], /--out needs a value/],
    [['lowcode', '--verbose'], /unknown option --verbose/],
    [['lowcode', '--manifests', '/nowhere'], /cannot read \/nowhere/],
  ])('exits 1 on bad arguments: %j', async (argv, message) => {
    const run = memoryIo({})
    expect(await main(argv, run.io)).toBe(1)
    expect(run.stderr()).toMatch(message)
    expect(run.stderr()).toMatch(/^taro-live-builder: /)
    expect(run.stdout()).toBe('')
  })

  it('exits 1 on a broken manifest, naming the file', async () => {
    const run = memoryIo({
      '/m/index.json': JSON.stringify({ widgets: [{ manifest: './a.json' }] }),
      '/m/a.json': '{"manifestVersion":1,"props":{}}',
    })
    expect(await main(['lowcode', '--manifests', '/m'], run.io)).toBe(1)
    expect(run.stderr()).toMatch(/\/m\/a\.json: "type" must be a string/)
    const notJson = memoryIo({ '/m/index.json': '{' })
    expect(await main(['lowcode', '--manifests', '/m/index.json'], notJson.io)).toBe(1)
    expect(notJson.stderr()).toMatch(/index\.json is not JSON/)
    const noIndex = memoryIo({ '/m/index.json': '{"widgets":{}}' })
    expect(await main(['lowcode', '--manifests', '/m/index.json'], noIndex.io)).toBe(1)
    expect(noIndex.stderr()).toMatch(/neither a manifest nor an index/)
  })

  it("on Node: reads @taro-live/components' manifests and writes the files", async () => {
    const io = await nodeIo(join(import.meta.dirname, 'cli.test.ts'))
    const location = await io.defaultManifests()
    expect(location.replace(/\\/g, '/')).toMatch(/components\/manifests(\/index\.json)?$/)
    const out = mkdtempSync(join(tmpdir(), 'taro-live-builder-'))
    try {
      const run = { ...io, stderr: () => undefined }
      expect(await main(['argtypes', '--out', out, '--locale', 'en-US'], run)).toBe(0)
      expect(JSON.parse(readFileSync(join(out, 'live-floating-window.json'), 'utf8'))).toEqual(
        toStorybookArgTypes(manifestOf('live-floating-window'), { locale: 'en-US' }),
      )
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
