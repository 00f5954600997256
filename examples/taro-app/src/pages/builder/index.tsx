import { LivePage, type LivePageError } from '@taro-live/components/page'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useCallback, useMemo, useState } from 'react'
import '@taro-live/components/live-floating-window/style'
import '@taro-live/components/live-reserve-card/style'
import '@taro-live/components/profile-button/style'
import '../live/index.css'
import './index.css'
// The page as a page builder saved it: a list of blocks `{ id, type, version, props }`. In an app
// it would come from the builder's backend; here it is checked in, with one broken block.
import SAVED_PAGE from './page.json'

interface Problem {
  blockId: string
  message: string
}

/** `?page=` of the demo build: the page JSON as base64url (UTF-8), as the e2e test sends it. */
function decodePage(param: string): unknown {
  const base64 = decodeURIComponent(param).replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
  return JSON.parse(new TextDecoder().decode(bytes))
}

/** What `LivePage` reported about a block: its id and what is wrong (in the page's locale). */
function describe(error: LivePageError): Problem {
  return { blockId: error.blockId ?? '?', message: error.message }
}

/**
 * A page made in a page builder: `LivePage` renders each valid block with its widget; a broken
 * block renders nothing and is reported. The demo build also takes the page from the URL
 * (`#/pages/builder/index?page=<base64url JSON>`) and lists the reported blocks under the page.
 */
export default function BuilderPage() {
  const { params } = useRouter()
  // Written out at each use, so that the weapp and H5 builds drop the demo-only code.
  const override = process.env.TARO_APP_DEMO === '1' ? params.page : undefined
  const [problems, setProblems] = useState<Problem[]>([])

  const { blocks, decodeError } = useMemo(() => {
    if (!override) return { blocks: SAVED_PAGE as unknown, decodeError: undefined }
    try {
      return { blocks: decodePage(override), decodeError: undefined }
    } catch (error) {
      return { blocks: [] as unknown, decodeError: `?page=: ${(error as Error).message}` }
    }
  }, [override])

  const onError = useCallback((error: LivePageError) => {
    if (process.env.TARO_APP_DEMO !== '1') return // An app would send it to its monitoring.
    const problem = describe(error)
    setProblems((list) =>
      list.some((p) => p.blockId === problem.blockId && p.message === problem.message)
        ? list
        : [...list, problem],
    )
  }, [])

  const shown = decodeError ? [{ blockId: 'page', message: decodeError }, ...problems] : problems
  return (
    <View className="page builder-page">
      <Text className="page__title">冬季上新</Text>
      <LivePage blocks={blocks} onError={onError} />
      {process.env.TARO_APP_DEMO === '1' && shown.length > 0 && (
        <View className="builder-errors" data-testid="builder-errors">
          <Text className="builder-errors__title">未显示的区块（{shown.length}）</Text>
          {shown.map((p) => (
            <Text
              key={`${p.blockId} ${p.message}`}
              className="builder-errors__item"
              data-block-id={p.blockId}
            >
              #{p.blockId}：{p.message}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
