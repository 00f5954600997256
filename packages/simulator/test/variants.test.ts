import { describe, expect, it } from 'vitest'
import { createWechatSimulator } from '../src'
import { call } from './call'

const CH = 'sphShop'
const HOUR = 3_600_000

describe('the variants of undocumented behaviour, each a named switch', () => {
  it('neverLive: status 1, or a failure with 1416104', async () => {
    const sim = createWechatSimulator({ channels: { [CH]: {} } })
    expect(sim.variants.neverLive).toBe('status-1')
    expect(await call(sim, 'getChannelsLiveInfo', { finderUserName: CH })).toMatchObject({
      ok: true,
      result: { status: 1 },
    })
    sim.setVariant('neverLive', 'no-data')
    expect(await call(sim, 'getChannelsLiveInfo', { finderUserName: CH })).toMatchObject({
      ok: false,
      error: { err_code: 1416104 },
    })
  })

  it.each([
    ['no-data', 1416104],
    ['err-code-1', 1],
    ['unknown-code', 1416199],
  ] as const)('noNotice %s: fails with err_code %i', async (variant, code) => {
    const sim = createWechatSimulator({ channels: { [CH]: {} }, variants: { noNotice: variant } })
    expect(await call(sim, 'getChannelsLiveNoticeInfo', { finderUserName: CH })).toMatchObject({
      ok: false,
      error: { err_code: code },
    })
  })

  it('spentNotice: a cancelled or used notice is left out, or returned with status 1 / 2', async () => {
    const now = Date.UTC(2026, 10, 28, 12)
    const sim = createWechatSimulator({
      now,
      channels: {
        [CH]: {
          notices: [
            { noticeId: 'a', startTime: now + HOUR, status: 'cancelled' },
            { noticeId: 'b', startTime: now + 2 * HOUR, status: 'used' },
            { noticeId: 'c', startTime: now + 3 * HOUR },
          ],
        },
      },
    })
    const omitted = await call(sim, 'getChannelsLiveNoticeInfo', { finderUserName: CH })
    expect(omitted).toMatchObject({
      ok: true,
      result: { noticeId: 'c', status: 0, otherInfos: [] },
    })
    sim.setVariant('spentNotice', 'status')
    const withStatus = await call(sim, 'getChannelsLiveNoticeInfo', { finderUserName: CH })
    expect(withStatus).toMatchObject({
      ok: true,
      result: {
        noticeId: 'a',
        status: 1,
        otherInfos: [
          { noticeId: 'b', status: 2 },
          { noticeId: 'c', status: 0 },
        ],
      },
    })
  })

  it('otherInfos: at most 15 lives in all, and odd entries on request', async () => {
    const sim = createWechatSimulator({ channels: { [CH]: { status: 'live' } } })
    for (let i = 0; i < 20; i++) {
      sim.endLive(CH)
      sim.goLive(CH)
    }
    const answer = await call(sim, 'getChannelsLiveInfo', { finderUserName: CH })
    expect(answer.ok && (answer.result.otherInfos as unknown[]).length).toBe(14)
    sim.setVariant('otherInfos', 'with-odd-entries')
    const odd = await call(sim, 'getChannelsLiveInfo', { finderUserName: CH })
    const entries = odd.ok ? (odd.result.otherInfos as unknown[]) : []
    expect(entries).toHaveLength(14)
    expect(entries.slice(0, 3)).toEqual([null, 'entry', { status: { code: 3 } }])
  })

  it('subjectMismatchOnOpen: 100008, or a failure without err_code', async () => {
    const sim = createWechatSimulator({ channels: { [CH]: { status: 'live', subject: 'other' } } })
    const withCode = await sim.tap(() => call(sim, 'openChannelsLive', { finderUserName: CH }))
    expect(withCode).toMatchObject({ ok: false, error: { err_code: 100008 } })
    sim.setVariant('subjectMismatchOnOpen', 'errmsg-only')
    const without = await sim.tap(() => call(sim, 'openChannelsLive', { finderUserName: CH }))
    expect(without.ok).toBe(false)
    expect(!without.ok && 'err_code' in without.error).toBe(false)
    // Other APIs keep the code.
    expect(await call(sim, 'getChannelsLiveInfo', { finderUserName: CH })).toMatchObject({
      error: { err_code: 100008 },
    })
  })

  it('errCode: every failure without err_code, only errMsg', async () => {
    const sim = createWechatSimulator({ variants: { errCode: 'errmsg-only' } })
    const answer = await call(sim, 'getChannelsLiveInfo', { finderUserName: 'sphNobody' })
    expect(answer.ok).toBe(false)
    expect(!answer.ok && answer.error).toEqual({
      errMsg: 'getChannelsLiveInfo:fail invalid finderUserName',
    })
  })
})
