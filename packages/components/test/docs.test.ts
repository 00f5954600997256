import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const src = new URL('../src/', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, src), 'utf8')

/** Prop names of an interface: its own members plus the names it `Pick`s. */
function propNames(source: string, name: string): string[] {
  const start = source.indexOf(`export interface ${name}`)
  const body = source.slice(start, source.indexOf('\n}', start))
  const own = [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1] as string)
  const head = body.slice(0, body.indexOf('{'))
  const picked = [...head.matchAll(/'(\w+)'/g)].map((m) => m[1] as string)
  return [...own, ...picked]
}

const common = propNames(read('internal/common-props.ts'), 'CommonProps')

describe.each([
  ['live-floating-window', 'LiveFloatingWindowProps'],
  ['live-reserve-card', 'LiveReserveCardProps'],
  ['profile-button', 'ProfileButtonProps'],
])('%s README', (folder, props) => {
  const readme = read(`${folder}/README.md`)

  it('documents every prop', () => {
    const names = [...propNames(read(`${folder}/${folder}.tsx`), props), ...common]
    expect(names.length).toBeGreaterThan(10)
    const missing = names.filter((n) => !readme.includes(`\`${n}\``))
    expect(missing).toEqual([])
  })

  it('documents every CSS variable of its own style sheet', () => {
    const css = read(`${folder}/style/index.css`)
    const own = [...new Set([...css.matchAll(/var\((--tl-[a-z0-9-]+)/g)].map((m) => m[1]))].filter(
      (v) => !v?.startsWith('--tl-color-'),
    )
    expect(own.length).toBeGreaterThan(5)
    expect(own.filter((v) => !readme.includes(`\`${v}\``))).toEqual([])
  })
})

it('the package README documents every shared token', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const tokens = [
    ...new Set([...read('style/base.css').matchAll(/(--tl-color-[a-z-]+):/g)].map((m) => m[1])),
  ]
  expect(tokens.filter((t) => !readme.includes(`\`${t}\``))).toEqual([])
})
