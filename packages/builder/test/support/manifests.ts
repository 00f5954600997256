import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readManifest, type WidgetManifest } from '@taro-live/builder'

// (`import.meta.dirname`: under jsdom, `URL` is jsdom's, which `fileURLToPath` refuses.)
export const MANIFESTS_DIR = join(import.meta.dirname, '../../../components/manifests/')
export const WIDGETS = [
  'live-floating-window',
  'live-reserve-card',
  'profile-button',
  'live-embed',
] as const
export type Widget = (typeof WIDGETS)[number]

export function manifestOf(widget: Widget): WidgetManifest {
  const path = `${MANIFESTS_DIR}${widget}.json`
  return readManifest(JSON.parse(readFileSync(path, 'utf8')), path)
}

/** A deep copy to alter in a test. */
export function copyOf(widget: Widget): WidgetManifest {
  return structuredClone(manifestOf(widget))
}
