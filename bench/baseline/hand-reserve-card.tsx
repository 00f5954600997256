/*
 * The hand-written reserve card: the next live's notice (`getChannelsLiveNoticeInfo`, every 5 min as
 * our client) and the live status (`useLiveStatusByHand`, every 60 s), a reserve button calling
 * `reserveChannelsLive`, "进入直播间" while live.
 */

import { Image, Text, View } from '@tarojs/components'
import { getChannelsLiveNoticeInfo, openChannelsLive, reserveChannelsLive } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { api, NOTICE_POLL_MS, useLiveStatusByHand } from './use-live-status-by-hand'

/** What `getChannelsLiveNoticeInfo` answers (the fields the card shows). */
interface HandNotice {
  noticeId?: string
  /** Seconds. */
  startTime?: number | string
  headUrl?: string
  nickname?: string
  status?: number
  reservable?: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

function startText(startTime: number | string | undefined): string {
  const start = new Date(Number(startTime) * 1000)
  const today = new Date()
  const day =
    start.toDateString() === today.toDateString()
      ? '今天'
      : `${start.getMonth() + 1}月${start.getDate()}日`
  return `${day} ${pad(start.getHours())}:${pad(start.getMinutes())} 开播`
}

export function HandReserveCard(props: { finderUserName: string; title?: string }) {
  const { finderUserName } = props
  const { info: liveInfo, live } = useLiveStatusByHand(finderUserName)
  const [notice, setNotice] = useState<HandNotice | null>(null)
  const [loading, setLoading] = useState(true)
  const [reserved, setReserved] = useState(false)

  useEffect(() => {
    let cancelled = false
    const load = () => {
      const get = api(getChannelsLiveNoticeInfo)
      if (!get) {
        setLoading(false)
        return
      }
      get({ finderUserName }).then(
        (res) => {
          if (cancelled) return
          setNotice(res as HandNotice)
          setLoading(false)
        },
        () => {
          if (cancelled) return
          setNotice(null)
          setLoading(false)
        },
      )
    }
    load()
    const timer = setInterval(load, NOTICE_POLL_MS)
    return () => {
      cancelled = true
      clearInterval(timer)
    }
  }, [finderUserName])

  const reserve = () => {
    const noticeId = notice?.noticeId
    const call = api(reserveChannelsLive)
    if (!noticeId || !call) return
    call({ noticeId }).then(
      // state 6: reserved; 5 or 3 (cancel / close) leave it as it was.
      (res) => setReserved((res as { state?: number }).state === 6 || reserved),
      () => {},
    )
  }
  const enter = () => {
    void api(openChannelsLive)?.({
      finderUserName,
      feedId: liveInfo?.feedId,
      nonceId: liveInfo?.nonceId,
    }).catch(() => {})
  }

  if (loading) return <View className="hand-card hand-card--loading">加载中</View>
  if (!live && !notice?.noticeId) return <View className="hand-card">暂无直播预告</View>
  return (
    <View className="hand-card">
      <Image
        className="hand-card__cover"
        src={notice?.headUrl ?? liveInfo?.headUrl ?? ''}
        mode="aspectFill"
      />
      <View className="hand-card__body">
        <Text className="hand-card__title">{props.title ?? '直播预告'}</Text>
        {live ? (
          <Text className="hand-card__time">直播中 {liveInfo?.description}</Text>
        ) : (
          <Text className="hand-card__time">{startText(notice?.startTime)}</Text>
        )}
      </View>
      {live ? (
        <View className="hand-card__button" onClick={enter}>
          进入直播间
        </View>
      ) : (
        <View className="hand-card__button" onClick={reserve}>
          {reserved ? '已预约' : '预约'}
        </View>
      )}
    </View>
  )
}
