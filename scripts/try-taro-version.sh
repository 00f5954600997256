#!/usr/bin/env bash
# Builds the example app with another Taro (default 3.6.40; TARO_VERSION=…) — weapp, H5 and the H5 demo — in a temporary folder, installing
# the @taro-live packages from packed tarballs the way an app installs them from the registry, then
# runs the same end-to-end test on the demo build. Not part of `pnpm test`: it installs a second
# Taro (about 1,400 packages, a minute) from the npm registry. Run after `pnpm build`.
set -euo pipefail
TARO=${TARO_VERSION:-3.6.40}
repo=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d)
echo "trying Taro $TARO in $dir"
mkdir -p "$dir/packs" "$dir/config"
for p in core hooks components simulator; do
  (cd "$repo/packages/$p" && pnpm pack --pack-destination "$dir/packs" > /dev/null)
done
cp -r "$repo/examples/taro-app/src" "$repo/examples/taro-app/babel.config.js" \
  "$repo/examples/taro-app/project.config.json" "$repo/examples/taro-app/types" "$dir/"
node - "$repo/examples/taro-app/package.json" "$dir/package.json" "$TARO" <<'NODE'
const fs = require('node:fs')
const [from, to, taro] = process.argv.slice(2)
const pkg = JSON.parse(fs.readFileSync(from, 'utf8'))
for (const deps of [pkg.dependencies, pkg.devDependencies]) {
  for (const name of Object.keys(deps)) {
    if (name.startsWith('@tarojs/') || name === 'babel-preset-taro') deps[name] = taro
    if (name.startsWith('@taro-live/')) deps[name] = `file:packs/${name.slice(1).replace('/', '-')}-0.1.0.tgz`
  }
}
fs.writeFileSync(to, JSON.stringify(pkg, null, 2))
NODE
# Taro 3.6 reads a CommonJS config; the same settings as config/index.ts, without the workspace fix.
cat > "$dir/config/index.js" <<'JS'
const demo = process.env.TARO_APP_DEMO === '1' && process.env.TARO_ENV === 'h5'
module.exports = (merge) =>
  merge({}, {
    projectName: 'taro-live-example',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: process.env.TARO_ENV === 'h5' ? (demo ? 'dist-demo' : 'dist-h5') : 'dist-weapp',
    defineConstants: { 'process.env.TARO_APP_DEMO': JSON.stringify(demo ? '1' : '') },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: { postcss: { pxtransform: { enable: true, config: {} } } },
    h5: { publicPath: './', staticDirectory: 'static', router: { mode: 'hash' } },
  })
JS
cd "$dir"
npm install --no-audit --no-fund --ignore-scripts > install.log 2>&1
npx taro build --type weapp > weapp.log 2>&1 && echo "weapp build: ok"
grep -q 'bindchooseavatar' dist-weapp/base.wxml && grep -q 'bindnicknamereview' dist-weapp/base.wxml \
  && echo "weapp templates: chooseAvatar and nicknamereview present"
npx taro build --type h5 > h5.log 2>&1 && echo "h5 build: ok"
TARO_APP_DEMO=1 npx taro build --type h5 > demo.log 2>&1 && echo "demo build: ok"
cd "$repo"
E2E_ROOT="$dir/dist-demo" node scripts/e2e-taro-app.mjs
