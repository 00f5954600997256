import { NOTICE_LINGER_MS } from '@taro-live/core'
import { useLiveClient } from '@taro-live/hooks'
import {
  SIM_VARIANT_CHOICES,
  type SimSubject,
  type SimVariants,
  type WechatSimulator,
} from '@taro-live/simulator'
import { type CSSProperties, useCallback, useRef, useSyncExternalStore } from 'react'
import { CallLog } from './call-log'
import { CHANNEL } from './channel'

const MINUTE = 60_000

/**
 * The simulated WeChat beside a widget: move its clock, change the channel, restart the app, and
 * read the log of every `wx` call the widgets made (and whether each was inside a tap).
 */
export function SimulatorPanel(props: {
  sim: WechatSimulator
  noticeStart: number | undefined
  dark: boolean
  onRestart: () => void
  onClearStorage: () => void
}) {
  const { sim, noticeStart, dark } = props
  const client = useLiveClient()
  // Re-render on every call and every change in the simulator, and each second for the clock. The
  // snapshot is a counter: the realtime clock's `now()` moves between two reads, which React would
  // take for a store that never settles.
  const version = useRef(0)
  const subscribe = useCallback(
    (onChange: () => void) => {
      const bump = () => {
        version.current += 1
        onChange()
      }
      const stop = sim.subscribe(bump)
      const timer = setInterval(bump, 1000)
      return () => {
        stop()
        clearInterval(timer)
      }
    },
    [sim],
  )
  useSyncExternalStore(subscribe, () => version.current)
  const calls = sim.calls
  const statusCalls = calls.filter((c) => c.api === 'getChannelsLiveInfo').length

  const box: CSSProperties = {
    flex: '1 1 320px',
    maxWidth: 560,
    border: `1px solid ${dark ? '#444' : '#ccc'}`,
    borderRadius: 8,
    padding: 12,
    fontSize: 13,
    lineHeight: 1.5,
  }
  const button: CSSProperties = {
    margin: '0 6px 6px 0',
    padding: '4px 10px',
    border: `1px solid ${dark ? '#777' : '#888'}`,
    borderRadius: 6,
    background: dark ? '#2a2a2a' : '#f6f6f6',
    color: 'inherit',
    font: 'inherit',
    cursor: 'pointer',
  }
  const change = (fn: () => void) => () => {
    fn()
    // Widgets would see it at their next poll; ask now so the change shows at once.
    void client.refreshLive(CHANNEL)
    void client.refreshNotice(CHANNEL)
  }

  return (
    <section aria-label="模拟的微信 · simulated WeChat" style={box}>
      <h2 style={{ fontSize: 14, margin: '0 0 8px' }}>模拟的微信 · simulated WeChat</h2>
      <div>
        <button type="button" style={button} onClick={change(() => sim.goLive(CHANNEL))}>
          开播 go live
        </button>
        <button type="button" style={button} onClick={change(() => sim.prepareLive(CHANNEL))}>
          准备中 preparing
        </button>
        <button type="button" style={button} onClick={change(() => sim.endLive(CHANNEL))}>
          下播 end live
        </button>
        <button type="button" style={button} onClick={props.onRestart}>
          重启小程序 restart app
        </button>
        <button type="button" style={button} onClick={props.onClearStorage}>
          清空存储 clear storage
        </button>
      </div>
      <div>
        <span style={{ marginRight: 6 }}>页面 page:</span>
        <button type="button" style={button} onClick={() => client.setVisible(false)}>
          切到后台 hide
        </button>
        <button type="button" style={button} onClick={() => client.setVisible(true)}>
          回到前台 show
        </button>
        <button
          type="button"
          style={button}
          onClick={() => void sim.clock.advanceAsync(5 * MINUTE)}
        >
          +5 min
        </button>
        <output style={{ marginLeft: 6 }} data-testid="page-visible">
          {client.visible ? 'shown' : 'hidden'}
        </output>
      </div>
      {noticeStart !== undefined && (
        <div>
          <span style={{ marginRight: 6 }}>时钟 clock:</span>
          <button type="button" style={button} onClick={() => sim.clock.advanceTo(noticeStart)}>
            到预告开始 notice start
          </button>
          <button
            type="button"
            style={button}
            onClick={() => sim.clock.advanceTo(noticeStart + 59 * MINUTE)}
          >
            +59 min
          </button>
          <button
            type="button"
            style={button}
            onClick={() => sim.clock.advanceTo(noticeStart + NOTICE_LINGER_MS + MINUTE)}
          >
            +61 min
          </button>
        </div>
      )}
      <label style={{ display: 'inline-block', margin: '0 10px 4px 0' }}>
        主体 subject{' '}
        <select
          value={sim.channel(CHANNEL)?.subject ?? 'same'}
          onChange={(event) => {
            const subject = event.currentTarget.value as SimSubject
            change(() => sim.setSubject(CHANNEL, subject))()
          }}
          style={{ font: 'inherit' }}
        >
          <option value="same">same</option>
          <option value="related">related (Open Platform)</option>
          <option value="other">other (100008)</option>
          <option value="unverified">unverified (100008)</option>
        </select>
      </label>
      <fieldset style={{ border: 'none', margin: '4px 0', padding: 0 }}>
        <legend style={{ padding: 0 }}>未文档化的行为 undocumented behaviour:</legend>
        {(Object.keys(SIM_VARIANT_CHOICES) as (keyof SimVariants)[]).map((name) => (
          <label key={name} style={{ display: 'inline-block', margin: '0 10px 4px 0' }}>
            {name}{' '}
            <select
              value={sim.variants[name]}
              onChange={(event) => {
                const value = event.currentTarget.value as SimVariants[typeof name]
                change(() => sim.setVariant(name, value))()
              }}
              style={{ font: 'inherit' }}
            >
              {SIM_VARIANT_CHOICES[name].map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <p style={{ margin: '4px 0' }}>
        模拟时间 time: <output>{new Date(sim.clock.now()).toLocaleString()}</output>
        {' · '}
        状态请求 status requests: <output data-testid="status-requests">{statusCalls}</output>
      </p>
      <CallLog calls={calls} limit={12} />
    </section>
  )
}
