// Checks the example app's weapp build (and its plain H5 build, for the simulator) for what must be there: the pages use the widgets, WeChat's
// native open types reach the templates, and each package's code is in the output once (shared by
// the pages, not copied into each).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const DIST = 'examples/taro-app/dist-weapp'
const problems = []
const check = (ok, message) => ok || problems.push(message)

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}
const all = files(DIST)
const read = (path) => readFileSync(join(DIST, path), 'utf8')
const scripts = all.filter((f) => f.endsWith('.js'))

const app = JSON.parse(read('app.json'))
check(
  ['pages/live/index', 'pages/member/index'].every((p) => app.pages.includes(p)),
  'app.json lacks the live or the member page',
)
// What a page uses: the code of the webpack modules its own file reaches through `require`
// (`n(1234)`). Widgets used by more than one page (the live page and the builder page) live in
// common.js, not in the pages' files.
const modules = new Map()
for (const file of scripts) {
  const text = readFileSync(file, 'utf8')
  const starts = [
    ...text.matchAll(/[{,](\d+):(?:function)?\(([\w$]*)(?:,([\w$]+))?(?:,([\w$]+))?\)(?:=>)?\{/g),
  ]
  starts.forEach((match, i) => {
    const end = starts[i + 1]?.index ?? text.length
    modules.set(match[1], { file, require: match[4], body: text.slice(match.index, end) })
  })
}
function reachable(page) {
  const todo = [...modules].filter(([, m]) => m.file === join(DIST, page)).map(([id]) => id)
  const seen = new Set()
  let code = ''
  while (todo.length > 0) {
    const id = todo.pop()
    const module = modules.get(id)
    if (seen.has(id) || !module) continue
    seen.add(id)
    code += module.body
    if (!module.require) continue
    const call = new RegExp(`(?<![\\w$.])${module.require.replace(/\$/g, '\\$')}\\((\\d+)\\)`, 'g')
    for (const [, next] of module.body.matchAll(call)) todo.push(next)
  }
  return code
}
const livePage = reachable('pages/live/index.js')
const memberPage = reachable('pages/member/index.js')
check(livePage.includes('floating-window'), 'the live page does not use LiveFloatingWindow')
check(livePage.includes('reserve-card'), 'the live page does not use LiveReserveCard')
check(memberPage.includes('profile-button'), 'the member page does not use ProfileButton')
check(/"nickname"/.test(memberPage), 'the nickname input type is not in the member page')
check(/chooseAvatar/.test(memberPage), 'the chooseAvatar open type is not in the member page')

// The builder page: a page JSON saved by a page builder, rendered by LivePage (docs/page-builders.md).
check(app.pages.includes('pages/builder/index'), 'app.json lacks the builder page')
const savedPage = JSON.parse(readFileSync('examples/taro-app/src/pages/builder/page.json', 'utf8'))
const builderPage = all.includes(join(DIST, 'pages/builder/index.js'))
  ? read('pages/builder/index.js')
  : ''
check(builderPage !== '', 'there is no pages/builder/index.js')
for (const block of savedPage) {
  check(
    builderPage.includes(block.id) && builderPage.includes(block.type),
    `the builder page does not carry its page JSON (block ${block.id})`,
  )
}
check(
  all.includes(join(DIST, 'pages/builder/index.json')) &&
    JSON.parse(read('pages/builder/index.json')).navigationBarTitleText === '搭建的页面',
  'the builder page has no page config (pages/builder/index.json)',
)

const templates = read('base.wxml')
for (const attribute of [
  'open-type=',
  'bindchooseavatar=',
  'bindgetuserinfo=',
  'bindnicknamereview=',
  'catchtouchmove=',
]) {
  check(templates.includes(attribute), `base.wxml has no ${attribute} (the widgets need it)`)
}
// WeChat's screen reader attributes, added to <view> by the app's @tarojs/plugin-inject config.
for (const attribute of ['aria-role=', 'aria-label=', 'aria-hidden=']) {
  check(
    /<view [^>]*aria-role=/.test(templates) && templates.includes(attribute),
    `base.wxml has no ${attribute} on <view> (docs/accessibility.md)`,
  )
}

// One marker per package, found in exactly one output file.
const markers = {
  '@taro-live/core': 'taro-live:reservations',
  // Quoted and called: the manifests' validators (`$id: "taro-live:profile-button@1"`), the page
  // renderer's type map and a page's JSON name the widgets too.
  '@taro-live/hooks': '"taro-live:profile"',
  '@taro-live/components (floating window)': '("floating-window")',
  '@taro-live/components (reserve card)': '("reserve-card")',
  '@taro-live/components (profile button)': '("profile-button")',
  '@taro-live/components (page)': '("page")',
}
for (const [pkg, marker] of Object.entries(markers)) {
  const holders = scripts.filter((f) => readFileSync(f, 'utf8').includes(marker))
  check(
    holders.length === 1,
    `${pkg} is in ${holders.length} files: ${holders.map((f) => relative(DIST, f)).join(', ')}`,
  )
}
// The simulator is for the demo build only: neither the weapp nor the plain H5 build may carry it.
const H5 = 'examples/taro-app/dist-h5'
const h5Scripts = files(H5).filter((f) => f.endsWith('.js'))
check(h5Scripts.length > 0, 'there is no H5 build to check')
for (const [build, list] of [
  ['weapp', scripts],
  ['H5', h5Scripts],
]) {
  const leaked = list.filter((f) => readFileSync(f, 'utf8').includes('wxfile://tmp_'))
  check(leaked.length === 0, `the simulator leaked into the ${build} build: ${leaked.join(', ')}`)
}

const bytes = (list) => list.reduce((sum, f) => sum + statSync(f).size, 0)
console.log(`weapp build: ${all.length} files, ${bytes(all)} B (${bytes(scripts)} B JS)`)
console.log(`H5 build: ${bytes(h5Scripts)} B JS`)
if (problems.length) {
  for (const p of problems) console.error(`taro app: ${p}`)
  process.exit(1)
}
console.log(
  'taro app: weapp output has the widgets, the open types and each package once; no simulator in weapp or H5',
)
