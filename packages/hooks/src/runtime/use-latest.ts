import { useLayoutEffect, useRef } from 'react'

/** A ref that always holds the latest value, for callbacks that must stay stable (ahooks' `useLatest`). */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value)
  // Updated after commit, so a render that is thrown away (StrictMode, Suspense) leaves no trace.
  useLayoutEffect(() => {
    ref.current = value
  })
  return ref
}
