import { LiveProvider } from '@taro-live/hooks'
import type { PropsWithChildren } from 'react'
import { demoPlatform } from './demo/demo-platform'
import './app.css'

// In a real app the widgets need no provider at all. The demo build gives them the simulator.
const platform = process.env.TARO_APP_DEMO === '1' ? demoPlatform() : undefined

export default function App({ children }: PropsWithChildren) {
  if (!platform) return children
  // The demo asks for the live status every 3 s, so a scripted "go live" shows quickly.
  return (
    <LiveProvider platform={platform} clientOptions={{ livePollIntervalMs: 3_000 }}>
      {children}
    </LiveProvider>
  )
}
