/**
 * Role and label for a clickable part. Taro's `View` and `Button` render without a role on H5 and
 * Taro's typings have no ARIA props, so these are spread as a plain record.
 */
export function pressable(label: string, options: { disabled?: boolean; pressed?: boolean } = {}) {
  const props: Record<string, string | number | boolean> = {
    role: 'button',
    'aria-label': label,
    tabIndex: 0,
  }
  if (options.disabled) props['aria-disabled'] = true
  if (options.pressed !== undefined) props['aria-pressed'] = options.pressed
  return props
}

/** ARIA attributes of any other part (`role="status"`, `aria-live`, …), typed loosely for the same reason. */
export function aria(props: Record<string, string | boolean | undefined>) {
  return props as Record<string, string | boolean>
}
