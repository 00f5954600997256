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
const livePage = read('pages/live/index.js')
const memberPage = read('pages/member/index.js')
check(livePage.includes('floating-window'), 'the live page does not use LiveFloatingWindow')
check(livePage.includes('reserve-card'), 'the live page does not use LiveReserveCard')
check(memberPage.includes('profile-button'), 'the member page does not use ProfileButton')
check(/"nickname"/.test(memberPage), 'the nickname input type is not in the member page')
check(/chooseAvatar/.test(memberPage), 'the chooseAvatar open type is not in the member page')

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
  '@taro-live/hooks': 'taro-live:profile',
  '@taro-live/components (floating window)': 'floating-window',
  '@taro-live/components (profile button)': 'profile-button',
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
