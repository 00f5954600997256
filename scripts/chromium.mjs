// How every browser run here starts Chromium: Debian's build, never a downloaded one, with no
// network but loopback (docs/toolchain.md, pitfall: Chromium, never a downloaded browser). Used by
// the story tests, the e2e test and screenshots.

/** The browser binary; `CHROMIUM_PATH` overrides Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags that work here as root and keep the closed network quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Any host but loopback fails to resolve: a page that reaches the network fails visibly.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
]

/** A phone as the e2e runs use it for the H5 demo (Playwright `newContext` options). */
export const PHONE_CONTEXT = {
  viewport: { width: 375, height: 667 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
}
