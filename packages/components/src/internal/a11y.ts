import { taroEnv } from '@taro-live/hooks/internal'

type Attributes = Record<string, string | number | boolean | ((event: never) => void)>

// Enter and Space press a `role="button"` that is not a <button>: dispatch the click the widget
// already handles (a dispatched click counts as the tap, as a real one does).
function pressOnKey(event: { key?: string; preventDefault?: () => void; currentTarget?: unknown }) {
  if (event.key !== 'Enter' && event.key !== ' ') return
  event.preventDefault?.()
  ;(event.currentTarget as { click?: () => void } | undefined)?.click?.()
}

/**
 * Role, label and keyboard for a clickable part. Taro's `View` and `Button` render without a role
 * on H5 and Taro's typings have no ARIA props, so these are spread as a plain record.
 *
 * On WeChat the screen reader reads `aria-role` / `aria-label`. Taro 4.2.1's weapp templates drop
 * them unless the app adds them with `@tarojs/plugin-inject` (docs/accessibility.md); without the
 * plugin they cost nothing.
 */
export function pressable(
  label: string,
  options: { disabled?: boolean; pressed?: boolean } = {},
): Attributes {
  if (taroEnv() === 'weapp') {
    const weapp: Attributes = { 'aria-role': 'button', 'aria-label': label }
    if (options.disabled) weapp['aria-disabled'] = true
    return weapp
  }
  const props: Attributes = {
    role: 'button',
    'aria-label': label,
    tabIndex: 0,
    onKeyDown: pressOnKey,
  }
  if (options.disabled) props['aria-disabled'] = true
  if (options.pressed !== undefined) props['aria-pressed'] = options.pressed
  return props
}

/** ARIA attributes of any other part (`role="status"`, `aria-live`, …), typed loosely for the same reason. */
export function aria(props: Record<string, string | boolean | undefined>) {
  return props as Record<string, string | boolean>
}

/**
 * A picture that only decorates a labelled part: hidden from assistive technology (`alt=""` on H5,
 * `aria-hidden` on WeChat where the app's templates carry it, docs/accessibility.md).
 */
export function decorative(): Record<string, unknown> {
  return taroEnv() === 'weapp' ? { 'aria-hidden': true } : { imgProps: { alt: '' } }
}
