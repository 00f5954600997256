import { type LiveError, NOTICE_LINGER_MS } from '@taro-live/core'
import { Button, Text, View } from '@tarojs/components'
import { type CSSProperties, type ReactNode, useState, useSyncExternalStore } from 'react'
import { CallLog } from '../support/call-log'
import { createLab, type Lab, type LabSetup } from './create-lab'

const panel: CSSProperties = {
  border: '1px solid #ddd',
  borderRadius: 8,
  padding: 12,
  marginBottom: 12,
  fontFamily: 'system-ui, sans-serif',
  fontSize: 14,
}
const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }
const chip: CSSProperties = {
  display: 'inline-block',
  padding: '4px 10px',
  border: '1px solid #999',
  borderRadius: 6,
  background: '#fafafa',
  cursor: 'pointer',
  fontSize: 13,
  color: '#222',
}

function Action({ label, onTap }: { label: string; onTap: () => void }) {
  // Taro's Button renders a div without a role on H5, and its typings have no ARIA props.
  const a11y: Record<string, string> = { role: 'button', 'aria-label': label }
  return (
    <Button style={chip} {...a11y} onClick={onTap}>
      {label}
    </Button>
  )
}

function Field({ name, children }: { name: string; children: ReactNode }) {
  return (
    <View style={{ display: 'flex', gap: 8 }}>
      <Text style={{ width: 120, color: '#666' }}>{name}</Text>
      <Text data-testid={name}>{children}</Text>
    </View>
  )
}

const describeError = (error: LiveError | undefined) =>
  error ? `${error.code}${error.errCode === undefined ? '' : ` (err_code ${error.errCode})`}` : '—'

/** Drives the simulator and shows what `@taro-live/core` makes of it, with the calls it makes. */
export function PlatformLab(setup: LabSetup) {
  const [lab] = useState<Lab>(() => createLab(setup))
  const { sim, client } = lab
  const name = setup.finderUserName
  const [lastAction, setLastAction] = useState('—')
  // Stable subscribe functions: a new one each render would resubscribe on every render.
  const [watch] = useState(() => ({
    live: (onChange: () => void) => client.subscribeLive(name, onChange),
    notice: (onChange: () => void) => client.subscribeNotice(name, onChange),
  }))
  const live = useSyncExternalStore(watch.live, () => client.getLive(name))
  const notice = useSyncExternalStore(watch.notice, () => client.getNotice(name))
  // Re-render the call log on every new call and every answer.
  useSyncExternalStore(sim.subscribe, () => `${sim.calls.length}:${sim.calls.at(-1)?.outcome}`)

  const report = (what: string, done: Promise<unknown>) =>
    done.then(
      (value) => setLastAction(`${what}: ok${value ? ` ${JSON.stringify(value)}` : ''}`),
      (error: LiveError) => setLastAction(`${what}: ${describeError(error)}`),
    )
  /** Changes the simulated channel, then asks again at once instead of waiting for the next poll. */
  const change = (fn: () => unknown) => () => {
    fn()
    void client.refreshLive(name)
  }
  const start = notice.data?.startTime

  return (
    <View>
      <View style={panel}>
        <Text style={{ fontWeight: 600 }}>模拟的微信 · simulated WeChat</Text>
        <View style={row}>
          <Action
            label="开播"
            onTap={change(() => sim.goLive(name, { description: '冬季上新专场' }))}
          />
          <Action label="准备中" onTap={change(() => sim.prepareLive(name))} />
          <Action label="下播" onTap={change(() => sim.endLive(name))} />
          <Action label="未知状态码 7" onTap={change(() => sim.setStatusCode(name, 7))} />
          <Action
            label="新预告 (+2 分钟)"
            onTap={() => {
              sim.scheduleNotice(name, { startTime: sim.clock.now() + 2 * 60_000 })
              void client.refreshNotice(name)
            }}
          />
        </View>
        <View style={row}>
          <Text>时钟</Text>
          <Action label="到预告开始" onTap={() => start && sim.clock.advanceTo(start)} />
          <Action
            label="开始后 +59 分钟"
            onTap={() => start && sim.clock.advanceTo(start + 59 * 60_000)}
          />
          <Action
            label="开始后 +61 分钟"
            onTap={() => start && sim.clock.advanceTo(start + NOTICE_LINGER_MS + 60_000)}
          />
        </View>
      </View>

      <View style={panel}>
        <Text style={{ fontWeight: 600 }}>@taro-live/core 的理解 · what core makes of it</Text>
        <Field name="live status">
          {live.status === 'pending' ? 'loading' : (live.data?.status ?? '—')}
        </Field>
        <Field name="status code">{live.data?.statusCode ?? '—'}</Field>
        <Field name="feedId">{live.data?.feedId ?? '—'}</Field>
        <Field name="live error">{describeError(live.error)}</Field>
        <Field name="notice phase">
          {notice.phase ?? (notice.status === 'pending' ? 'loading' : 'no notice')}
        </Field>
        <Field name="notice start">{start ? new Date(start).toLocaleString() : '—'}</Field>
        <Field name="reserved">{notice.reserved ? '已预约' : '未预约'}</Field>
        <Field name="notice error">{describeError(notice.error)}</Field>
        <View style={row}>
          {/* The open call is the first thing in the tap: WeChat's user-gesture rule. */}
          <Action
            label="进入直播间"
            onTap={() => void report('open (tap)', client.openLive(name))}
          />
          <Action
            label="进入直播间 (setTimeout)"
            onTap={() => setTimeout(() => void report('open (deferred)', client.openLive(name)), 0)}
          />
          <Action label="预约" onTap={() => void report('reserve', client.reserve(name))} />
        </View>
        <Field name="last action">{lastAction}</Field>
      </View>

      <View style={panel}>
        <CallLog calls={sim.calls} />
      </View>
    </View>
  )
}
