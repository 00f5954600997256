/** The prefix of every class the widgets render. */
export const CLASS_PREFIX = 'tl'

type Modifiers = Record<string, boolean | undefined>

/**
 * BEM class names under one prefix: `bem('floating-window')()` → `tl-floating-window`,
 * `('badge')` → `tl-floating-window__badge`, `(undefined, { dragging: true })` adds
 * `tl-floating-window--dragging`.
 */
export function bem(block: string): (element?: string, modifiers?: Modifiers) => string {
  const root = `${CLASS_PREFIX}-${block}`
  return (element, modifiers) => {
    const base = element ? `${root}__${element}` : root
    let out = base
    for (const name in modifiers) if (modifiers[name]) out += ` ${base}--${name}`
    return out
  }
}

/** Joins class names, skipping empty ones. */
export function cx(...names: Array<string | false | undefined | null>): string {
  return names.filter(Boolean).join(' ')
}
