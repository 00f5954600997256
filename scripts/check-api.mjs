// The API report: each package entry's public surface, from its built .d.ts, as API Extractor
// sees it, compared with api/<package>.api.md. Any change to what users can import (a new export,
// a changed signature, a removed name) fails `pnpm check:api` until the report is refreshed with
// `pnpm api:update`, so the change shows in review (docs/testing.md, "The API report").
// The `/internal` subpaths are not reported: they carry no semver promise.
import { existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor'

const root = fileURLToPath(new URL('..', import.meta.url))
const update = process.argv.includes('--update')

/** Report name → the package and the entry (`dist/<entry>.d.ts`, default `index`) it records. */
const ENTRIES = [
  { report: 'core', dir: 'packages/core' },
  { report: 'hooks', dir: 'packages/hooks' },
  { report: 'components', dir: 'packages/components' },
  // The page-builder entries of the components (docs/page-builders.md).
  { report: 'components-manifest', dir: 'packages/components', entry: 'manifest/index' },
  { report: 'components-page', dir: 'packages/components', entry: 'page/index' },
  { report: 'simulator', dir: 'packages/simulator' },
  { report: 'builder', dir: 'packages/builder' },
]

mkdirSync(`${root}api`, { recursive: true })
let failed = false
for (const { report, dir, entry = 'index' } of ENTRIES) {
  const project = `${root}${dir}`
  if (!existsSync(`${project}/dist/${entry}.d.ts`)) {
    console.error(`api ${report}: ${dir}/dist/${entry}.d.ts is missing; run \`pnpm build\` first`)
    failed = true
    continue
  }
  const config = ExtractorConfig.prepare({
    configObjectFullPath: `${project}/api-extractor.json`, // virtual: the config lives here
    packageJsonFullPath: `${project}/package.json`,
    configObject: {
      projectFolder: project,
      mainEntryPointFilePath: `<projectFolder>/dist/${entry}.d.ts`,
      // The packages have no tsconfig of their own; the built .d.ts need only this.
      compiler: {
        overrideTsconfig: {
          // Only the built types: left to its default, the program would take in `src/` too.
          files: [`${project}/dist/${entry}.d.ts`],
          compilerOptions: {
            target: 'ES2018',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            jsx: 'react-jsx',
            strict: true,
            skipLibCheck: true,
            lib: ['ES2018', 'DOM'],
            types: [],
          },
        },
      },
      newlineKind: 'lf',
      apiReport: {
        enabled: true,
        reportFileName: `${report}.api.md`,
        reportFolder: `${root}api/`,
        reportTempFolder: `${root}node_modules/.cache/api-extractor/`,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning' },
          // Types reached through a public one but not exported by name (the wx result types
          // behind WxLike, say) are listed in the report with a note; that is the review signal.
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
          // We write TSDoc as prose, not with release tags on every declaration.
          'ae-missing-release-tag': { logLevel: 'none' },
          // Undocumented members: the READMEs document the surface, not a TSDoc per field.
          'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
          'ae-internal-missing-underscore': { logLevel: 'none' },
          'ae-unresolved-link': { logLevel: 'none' },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
  })
  const result = Extractor.invoke(config, {
    localBuild: update,
    showVerboseMessages: false,
    messageCallback(message) {
      // API Extractor's own notice that the report changed: said once below, in our words.
      if (message.messageId === 'console-api-report-changed' && !update) message.logLevel = 'none'
    },
  })
  if (result.apiReportChanged) {
    if (update) console.log(`api ${report}: api/${report}.api.md updated`)
    else {
      failed = true
      console.error(
        `api ${report}: the public surface differs from api/${report}.api.md. If the change is ` +
          `intended, run \`pnpm api:update\` and commit the report; see node_modules/.cache/api-extractor/${report}.api.md`,
      )
    }
  } else if (!result.succeeded) {
    failed = true
    console.error(`api ${report}: API Extractor reported ${result.errorCount} error(s)`)
  }
}
if (failed) process.exit(1)
console.log(update ? 'API reports refreshed' : 'API reports: every public surface as recorded')
