import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHANNEL, setup } from './setup'

type Action =
  | { kind: 'subscribe' }
  | { kind: 'unsubscribe'; index: number }
  | { kind: 'unsubscribe-all' }
  | { kind: 'visible'; value: boolean }
  | { kind: 'advance'; ms: number }
  | { kind: 'flip-live' }
  | { kind: 'fail-next'; retryable: boolean }

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constant<Action>({ kind: 'subscribe' }),
  fc.nat(5).map<Action>((index) => ({ kind: 'unsubscribe', index })),
  fc.constant<Action>({ kind: 'unsubscribe-all' }),
  fc.boolean().map<Action>((value) => ({ kind: 'visible', value })),
  fc.integer({ min: 0, max: 200_000 }).map<Action>((ms) => ({ kind: 'advance', ms })),
  fc.constant<Action>({ kind: 'flip-live' }),
  fc.boolean().map<Action>((retryable) => ({ kind: 'fail-next', retryable })),
)

const LIVE = 'getChannelsLiveInfo'

describe('client invariants under random use', () => {
  it('never requests while hidden or unwatched, never has two requests in flight, and leaves no timers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(action, { maxLength: 40 }),
        fc.nat(300),
        async (actions, latencyMs) => {
          const { sim, client } = setup({ latencyMs })
          const unsubscribes: Array<() => void> = []
          let visible = true
          for (const step of actions) {
            const before = sim.callsTo(LIVE).length
            switch (step.kind) {
              case 'subscribe':
                unsubscribes.push(client.subscribeLive(CHANNEL, () => {}))
                break
              case 'unsubscribe':
                unsubscribes.splice(step.index % Math.max(1, unsubscribes.length), 1)[0]?.()
                break
              case 'unsubscribe-all':
                for (const unsubscribe of unsubscribes.splice(0)) unsubscribe()
                break
              case 'visible':
                visible = step.value
                client.setVisible(step.value)
                break
              case 'advance':
                await sim.clock.advanceAsync(step.ms)
                break
              case 'flip-live':
                if (sim.channel(CHANNEL)?.statusCode === 2) sim.endLive(CHANNEL)
                else sim.goLive(CHANNEL)
                break
              case 'fail-next':
                sim.script(
                  LIVE,
                  step.retryable
                    ? { type: 'fail', errMsg: 'getChannelsLiveInfo:fail system error' }
                    : {
                        type: 'fail',
                        err_code: 1416104,
                        errMsg: 'getChannelsLiveInfo:fail no data',
                      },
                )
                break
            }
            const made = sim.callsTo(LIVE).slice(before)
            if (!visible || unsubscribes.length === 0) expect(made).toEqual([])
            expect(
              sim.callsTo(LIVE).filter((call) => call.outcome === 'pending').length,
            ).toBeLessThanOrEqual(1)
          }
          for (const unsubscribe of unsubscribes) unsubscribe()
          await sim.clock.advanceAsync(60_000)
          const settled = sim.callsTo(LIVE).length
          expect(sim.clock.pending).toBe(0)
          await sim.clock.advanceAsync(3_600_000)
          expect(sim.callsTo(LIVE)).toHaveLength(settled)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('makes one request for a StrictMode-style subscribe, unsubscribe, subscribe', async () => {
    const { sim, client } = setup()
    client.subscribeLive(CHANNEL, () => {})()
    client.subscribeLive(CHANNEL, () => {})
    await sim.clock.advanceAsync(0)
    expect(sim.callsTo(LIVE)).toHaveLength(1)
    await sim.clock.advanceAsync(59_999)
    expect(sim.callsTo(LIVE)).toHaveLength(1)
    expect(sim.clock.pending).toBe(1)
  })
})
