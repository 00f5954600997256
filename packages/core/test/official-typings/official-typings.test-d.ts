/// <reference types="miniprogram-api-typings" />
/*
 * Type-level test, checked by `pnpm typecheck` (tsconfig.official-typings.json), never run: an app
 * typed by WeChat's official typings passes its `wx` to `createWxPlatform` as it is, with no cast.
 * It has its own tsconfig because the official typings declare globals (`wx`, `console`,
 * `setTimeout`, `require`, …) that must not leak into the rest of the repository.
 */

import { createWxPlatform, type Platform, type WxLike } from '@taro-live/core'

// The global `wx` of a mini program typed by `miniprogram-api-typings` (pinned in package.json).
export const platform: Platform = createWxPlatform(wx)
export const withOptions: Platform = createWxPlatform(wx, { env: 'weapp' })

// The same through an explicitly typed value, as an app that passes `wx` around would hold it.
declare const officialWx: WechatMiniprogram.Wx
export const port: WxLike = officialWx
