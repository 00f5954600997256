import { LiveError, toLiveError } from '@taro-live/core'
import type { SimVariants } from '@taro-live/simulator'
import { describe, expect, it } from 'vitest'
import { advance, CHANNEL, flush, setup } from './setup'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const NOW = Date.UTC(2026, 10, 28, 12)

/** Every request the client made to one API. */
const requests = (sim: ReturnType<typeof setup>['sim'], api: string) => sim.callsTo(api).length

describe('a channel that never went live, both ways WeChat may say it', () => {
  it.each(['status-1', 'no-data'] as const)(
    '%s: status never, no error, polled at the normal interval',
    async (neverLive) => {
      const { sim, client } = setup({ channels: { [CHANNEL]: {} }, variants: { neverLive } })
      const stop = client.subscribeLive(CHANNEL, () => {})
      await flush()
      const state = client.getLive(CHANNEL)
      expect(state.status).toBe('success')
      expect(state.error).toBeUndefined()
      expect(state.data?.status).toBe('never')
      // Ten minutes: one request a minute, never a fast retry loop.
      await advance(sim, 10 * MINUTE)
      expect(requests(sim, 'getChannelsLiveInfo')).toBe(11)
      // It goes live later: the next poll shows it.
      sim.goLive(CHANNEL)
      await advance(sim, MINUTE)
      expect(client.getLive(CHANNEL).data?.status).toBe('live')
      stop()
    },
  )
})

describe('no notice to show, whatever code WeChat fails with', () => {
  it.each(['no-data', 'err-code-1', 'unknown-code'] as const)(
    '%s: no notice, not an error, no backoff storm',
    async (noNotice) => {
      const { sim, client } = setup({ variants: { noNotice } })
      const stop = client.subscribeNotice(CHANNEL, () => {})
      await flush()
      expect(client.getNotice(CHANNEL)).toMatchObject({
        status: 'success',
        data: null,
        error: undefined,
      })
      await advance(sim, 30 * MINUTE)
      // Every five minutes, as for a channel with a notice.
      expect(requests(sim, 'getChannelsLiveNoticeInfo')).toBe(7)
      stop()
    },
  )

  it('a failure without any code (a network error) stays an error and is retried with backoff', async () => {
    const { sim, client } = setup()
    sim.script('getChannelsLiveNoticeInfo', {
      type: 'fail',
      errMsg: 'getChannelsLiveNoticeInfo:fail network error',
    })
    const stop = client.subscribeNotice(CHANNEL, () => {})
    await flush()
    expect(client.getNotice(CHANNEL).error?.code).toBe('platform-failure')
    stop()
  })

  it('the codes that mean something else stay errors (100008)', async () => {
    const { client } = setup({ channels: { [CHANNEL]: { subject: 'other' } } })
    const stop = client.subscribeNotice(CHANNEL, () => {})
    await flush()
    expect(client.getNotice(CHANNEL).error?.code).toBe('subject-mismatch-or-unverified')
    stop()
  })
})

describe('a cancelled, used or unreservable notice never becomes a reservable one', () => {
  it.each(['omitted', 'status'] as const)(
    'spent notices %s: the next usable one is shown',
    async (spentNotice) => {
      const { client } = setup({
        now: NOW,
        variants: { spentNotice },
        channels: {
          [CHANNEL]: {
            status: 'ended',
            notices: [
              { noticeId: 'cancelled', startTime: NOW + HOUR, status: 'cancelled' },
              { noticeId: 'used', startTime: NOW + 2 * HOUR, status: 'used' },
              { noticeId: 'next', startTime: NOW + 3 * HOUR },
            ],
          },
        },
      })
      const stop = client.subscribeNotice(CHANNEL, () => {})
      await flush()
      expect(client.getNotice(CHANNEL).data).toMatchObject({ noticeId: 'next', status: 'usable' })
      stop()
    },
  )

  it.each(['omitted', 'status'] as const)(
    'spent notices %s, none usable: no notice',
    async (spentNotice) => {
      const { client } = setup({
        now: NOW,
        variants: { spentNotice },
        channels: {
          [CHANNEL]: {
            notices: [{ noticeId: 'cancelled', startTime: NOW + HOUR, status: 'cancelled' }],
          },
        },
      })
      const stop = client.subscribeNotice(CHANNEL, () => {})
      await flush()
      expect(client.getNotice(CHANNEL)).toMatchObject({ data: null, error: undefined })
      stop()
    },
  )

  it('reservable: false is shown but reserve() refuses with not-reservable, without a popup', async () => {
    const { sim, client } = setup({
      now: NOW,
      channels: {
        [CHANNEL]: { notices: [{ noticeId: 'n', startTime: NOW + HOUR, reservable: false }] },
      },
    })
    const stop = client.subscribeNotice(CHANNEL, () => {})
    await flush()
    expect(client.getNotice(CHANNEL).data).toMatchObject({ noticeId: 'n', reservable: false })
    const error = await client.reserve(CHANNEL).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LiveError)
    expect((error as LiveError).code).toBe('not-reservable')
    expect(sim.callsTo('reserveChannelsLive')).toEqual([])
    stop()
  })
})

describe('otherInfos of undocumented shape', () => {
  it('odd entries are skipped; the answer stands', async () => {
    const { sim, client } = setup({ variants: { otherInfos: 'with-odd-entries' } })
    sim.endLive(CHANNEL)
    sim.goLive(CHANNEL)
    const stop = client.subscribeLive(CHANNEL, () => {})
    await flush()
    const state = client.getLive(CHANNEL)
    expect(state.error).toBeUndefined()
    expect(state.data?.status).toBe('live')
    expect(state.data?.otherInfos).toHaveLength(1)
    stop()
  })
})

describe('failures without err_code are still classified, from errMsg', () => {
  /** Each failure the simulator can give, as the library classifies it with and without err_code. */
  async function codes(variant: SimVariants['errCode']) {
    const { sim, client } = setup({
      variants: {
        errCode: variant,
        subjectMismatchOnOpen: variant === 'field' ? 'err-code' : 'errmsg-only',
      },
    })
    sim.addChannel('sphOther', { status: 'live', subject: 'other' })
    sim.addChannel('sphNever', {})
    sim.setVariant('neverLive', 'no-data')
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (e: unknown) => toLiveError(e).code,
      )
    const out: Record<string, unknown> = {
      invalidChannel: await failure(
        client.refreshLive('sphNobody').then(() => {
          throw client.getLive('sphNobody').error
        }),
      ),
      subject: await failure(
        client.refreshLive('sphOther').then(() => {
          throw client.getLive('sphOther').error
        }),
      ),
      subjectOnOpen: await failure(sim.tap(() => client.openLive('sphOther'))),
      never: client.getLive('sphNever').data?.status,
    }
    await client.refreshLive('sphNever')
    out.never = client.getLive('sphNever').data?.status
    sim.setMode('devtools')
    out.devtools = await failure(
      client.refreshLive(CHANNEL).then(() => {
        throw client.getLive(CHANNEL).error
      }),
    )
    return out
  }

  it('gives the same codes as with err_code', async () => {
    const withField = await codes('field')
    expect(withField).toEqual({
      invalidChannel: 'invalid-channel',
      subject: 'subject-mismatch-or-unverified',
      subjectOnOpen: 'subject-mismatch-or-unverified',
      never: 'never',
      devtools: 'devtools-unsupported',
    })
    expect(await codes('errmsg-only')).toEqual(withField)
  })

  it('reads a code written into the message', () => {
    expect(toLiveError({ errMsg: 'openChannelsLive:fail errcode:100008' }).code).toBe(
      'subject-mismatch-or-unverified',
    )
  })
})
