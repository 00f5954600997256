/**
 * `console.warn` in a development build only. Bundlers replace `process.env.NODE_ENV` with a literal;
 * where nothing did and there is no `process` (a mini program's JS runtime), reading it throws, and
 * then nothing is said: a warning must never break the app it warns about.
 */
export function warnInDevelopment(message: string): void {
  try {
    if (process.env.NODE_ENV !== 'production') console.warn(`[taro-live] ${message}`)
  } catch {
    // No `process` here: no build told us this is development.
  }
}
