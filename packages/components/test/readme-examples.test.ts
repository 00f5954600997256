// Every TypeScript example in the READMEs compiles against the packages' real types: an example a
// user copies must not use a prop, hook or import that does not exist.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const READMES = [
  'README.md',
  'packages/core/README.md',
  'packages/hooks/README.md',
  'packages/simulator/README.md',
  'packages/components/README.md',
  'packages/components/src/live-embed/README.md',
  'packages/components/src/live-floating-window/README.md',
  'packages/components/src/live-reserve-card/README.md',
  'packages/components/src/profile-button/README.md',
  'packages/builder/README.md',
  'docs/page-builders.md',
]

/**
 * What the examples leave to the reader's app: analytics, an upload, the app's own records and
 * components. Declared here so that everything else in an example is checked.
 */
const APP_PREAMBLE = `
declare function report(...args: unknown[]): void
declare function track(...args: unknown[]): void
declare function upload(path: string): Promise<string>
declare function saveMember(...args: unknown[]): void
declare function MySkeleton(): JSX.Element
declare const wx: import('@taro-live/core').WxLike
declare function fetchServerTime(): Promise<number>
declare function uploadToMyCdn(path: string): Promise<string>
`

/** The local names an import statement declares (`import A, { b, c as d, type E } from 'x'`). */
function localNames(statement: string): string[] {
  const clause = statement.replace(/^import\s+(type\s+)?/, '').replace(/\s+from '[^']+'$/, '')
  const names: string[] = []
  const braces = /\{([\s\S]*)\}/.exec(clause)
  for (const part of braces?.[1]?.split(',') ?? []) {
    const name = part
      .replace(/^\s*type\s+/, '')
      .split(/\s+as\s+/)
      .pop()
      ?.trim()
    if (name) names.push(name)
  }
  const head = clause
    .replace(/\{[\s\S]*\}/, '')
    .replace(/,/g, ' ')
    .trim()
  if (head && !head.startsWith("'"))
    names.push(...head.split(/\s+/).filter((n) => /^[\w$]+$/.test(n)))
  return names
}

/**
 * A README's examples: a later example may leave out the imports an earlier one showed, as a
 * reader would, so every example gets the README's imports that it does not write itself.
 */
function examples(file: string): { name: string; code: string }[] {
  const text = readFileSync(path.join(root, file), 'utf8')
  // A fence may be indented (an example inside a list item): its lines lose that indentation.
  const blocks = [...text.matchAll(/^( *)```(tsx|ts)\n([\s\S]*?)^ *```/gm)].map((m) =>
    (m[3] ?? '').replace(new RegExp(`^ {0,${(m[1] ?? '').length}}`, 'gm'), ''),
  )
  const imports = blocks.flatMap((code) => code.match(/^import [\s\S]*?from '[^']+'$/gm) ?? [])
  return blocks.map((code, i) => {
    const have = new Set((code.match(/^import [\s\S]*?from '[^']+'$/gm) ?? []).flatMap(localNames))
    const extra: string[] = []
    for (const line of new Set(imports)) {
      const names = localNames(line)
      if (names.length === 0 || names.some((n) => have.has(n))) continue
      for (const n of names) have.add(n)
      extra.push(line)
    }
    return { name: `${file}#${i + 1}`, code: [...extra, code].join('\n') }
  })
}

it('every TypeScript example in the READMEs type-checks', () => {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )
  if (!config) throw new Error('tsconfig.json could not be read')
  const files = new Map<string, string>()
  for (const readme of READMES) {
    for (const { name, code } of examples(readme)) {
      const file = path.join(
        root,
        'packages/components/test/.readme',
        `${name.replace(/[/#.]/g, '_')}.tsx`,
      )
      // A module, so that each example has its own scope.
      files.set(file, `${code}\n${APP_PREAMBLE}\nexport {}\n`)
    }
  }
  expect(files.size).toBeGreaterThan(10)
  const host = ts.createCompilerHost(config.options)
  const read = host.readFile
  host.readFile = (f) => files.get(f) ?? read(f)
  const exists = host.fileExists
  host.fileExists = (f) => files.has(f) || exists(f)
  const program = ts.createProgram([...files.keys()], { ...config.options, noEmit: true }, host)
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.has(d.file.fileName))
    // Examples show fragments of a page: an unused import or value is fine there.
    .filter((d) => ![6133, 6192, 6196, 6198].includes(d.code))
    .map((d) => {
      const where = d.file?.getLineAndCharacterOfPosition(d.start ?? 0)
      return `${path.basename(d.file?.fileName ?? '')}:${(where?.line ?? 0) + 1} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
    })
  expect(problems).toEqual([])
}, 60_000)
