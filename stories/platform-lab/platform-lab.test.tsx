// @vitest-environment jsdom
import { composeStories } from '@storybook/react-vite'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import * as stories from './platform-lab.stories'

const { EndedWithNotice, Live, DevTools } = composeStories(stories)
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

afterEach(cleanup)

describe.each([
  ['normal', (node: React.ReactElement) => node],
  ['StrictMode', (node: React.ReactElement) => <StrictMode>{node}</StrictMode>],
])('platform lab story (%s)', (_mode, wrap) => {
  it('shows what core makes of the simulator and makes one status request', async () => {
    render(wrap(<EndedWithNotice clock="manual" />))
    await settle()
    expect(screen.getByTestId('live status').textContent).toBe('ended')
    expect(screen.getByTestId('notice phase').textContent).toBe('upcoming')
    const calls = screen.getByTestId('call-log').textContent ?? ''
    expect(calls.match(/getChannelsLiveInfo/g)).toHaveLength(1)

    fireEvent.click(screen.getByRole('button', { name: '开播' }))
    await settle()
    expect(screen.getByTestId('live status').textContent).toBe('live')
  })

  it('opens the live room from a real click, and refuses a setTimeout-deferred open', async () => {
    render(wrap(<Live clock="manual" />))
    await settle()
    fireEvent.click(screen.getByRole('button', { name: '进入直播间' }))
    await settle()
    expect(screen.getByTestId('last action').textContent).toBe('open (tap): ok')
    fireEvent.click(screen.getByRole('button', { name: '进入直播间 (setTimeout)' }))
    await settle()
    await settle()
    expect(screen.getByTestId('last action').textContent).toBe('open (deferred): gesture-required')
  })

  it('shows the DevTools error code -14', async () => {
    render(wrap(<DevTools clock="manual" />))
    await settle()
    expect(screen.getByTestId('live error').textContent).toBe('devtools-unsupported (err_code -14)')
  })
})
