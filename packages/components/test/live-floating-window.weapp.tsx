// The floating window on the weapp render path (TARO_ENV weapp, `@tarojs/components` recorded).

import { LiveFloatingWindow } from '@taro-live/components/live-floating-window'
import { cleanup, fireEvent } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL, MODES, renderWith, settle, setupSim } from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'
import { propsOf } from './support/taro-components-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
})

describe.each(MODES)('weapp render path: the floating window (%s)', (_mode, wrap) => {
  it('catches touchmove unless the axis is locked', async () => {
    const { platform } = setupSim()
    renderWith(
      <>
        <LiveFloatingWindow finderUserName={CHANNEL} axis="y" />
        <LiveFloatingWindow finderUserName={CHANNEL} axis="lock" />
      </>,
      { platform, wrap },
    )
    await settle()
    const [free, locked] = document.querySelectorAll('.tl-floating-window')
    expect(propsOf(free ?? null).catchMove).toBe(true)
    expect(propsOf(locked ?? null).catchMove).toBeUndefined()
  })

  it('own content: the tap on it calls openChannelsLive inside the tap; onShow and onStatusChange report', async () => {
    const { sim, platform } = setupSim()
    const onShow = vi.fn()
    const onStatusChange = vi.fn()
    renderWith(
      <LiveFloatingWindow finderUserName={CHANNEL} onShow={onShow} onStatusChange={onStatusChange}>
        {({ info }) => <span className="mine">{info.nickname}</span>}
      </LiveFloatingWindow>,
      { platform, wrap },
    )
    await settle()
    const mine = document.querySelector('.mine')
    expect(mine?.textContent).toBe('橙子优选')
    fireEvent.click(mine as Element)
    await settle()
    expect(sim.callsTo('openChannelsLive')).toMatchObject([{ inTap: true }])
    expect(onShow.mock.calls).toEqual([['live']])
    expect(onStatusChange.mock.calls).toEqual([['live', undefined]])
  })
})
