import Form, { type IChangeEvent } from '@rjsf/core'
import type {
  CustomValidator,
  ErrorTransformer,
  FormValidation,
  RJSFSchema,
  UiSchema,
} from '@rjsf/utils'
import validator from '@rjsf/validator-ajv8'
import { ADVANCED_CLASS, toJsonSchemaForm } from '@taro-live/builder'
import {
  isWidgetType,
  type ManifestLocale,
  manifests,
  migrateWidgetConfig,
  type PageBlock,
  validatePage,
  validateWidgetConfig,
  WIDGET_TYPES,
  type WidgetType,
} from '@taro-live/components/manifest'
import { LivePage, type LivePageError } from '@taro-live/components/page'
import { type CSSProperties, type ReactNode, useMemo, useState } from 'react'
import { CHANNEL_AVATAR } from '../support/avatars'
import { CHANNEL } from '../support/channel'
import { Stage, type StageGlobals, type StageParameters } from '../support/stage'
import { TEXTS } from './page-builder-texts'

/** A block as the builder keeps it: what it exports, `{ id, type, version, props }`. */
export interface BuilderBlock {
  id: string
  type: string
  version?: number
  props: Record<string, unknown>
}

export interface PageBuilderProps {
  /** The page the builder starts with (a block list, as exported). */
  initialPage?: BuilderBlock[]
  /** The builder's language at the start; the switch in the builder changes it. */
  locale?: ManifestLocale
  /** The toolbar's globals, for the preview's simulated WeChat. */
  globals?: StageGlobals
}

/** The preview's simulated WeChat: the channel is live and has a notice in half an hour. */
const PREVIEW_STAGE: StageParameters = {
  status: 'live',
  noticeInMinutes: 30,
  minHeight: 520,
  panel: false,
}

const manifestOf = (type: string) => (isWidgetType(type) ? manifests[type] : undefined)

/** The props of a new block: the manifest's first example, on the stage's channel. */
function newProps(type: WidgetType): Record<string, unknown> {
  const manifest = manifests[type]
  const required = (manifest.props.required as string[] | undefined) ?? []
  return required.includes('finderUserName') ? { finderUserName: CHANNEL } : {}
}

/** Drops what the form leaves behind and a page JSON does not need: `undefined`s and empty objects. */
function clean(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = clean(v as Record<string, unknown>)
      if (Object.keys(inner).length > 0) out[key] = inner
      continue
    }
    out[key] = v
  }
  return out
}

function nextId(type: string, blocks: readonly BuilderBlock[]): string {
  const taken = new Set(blocks.map((b) => b.id))
  for (let n = 1; ; n += 1) {
    const id = `${type}-${n}`
    if (!taken.has(id)) return id
  }
}

/** An imported page as builder blocks: ids made unique, known widgets migrated to their version. */
function fromJson(blocks: unknown[]): BuilderBlock[] {
  const out: BuilderBlock[] = []
  for (const raw of blocks) {
    const block = (raw && typeof raw === 'object' ? raw : {}) as Partial<PageBlock>
    const type = typeof block.type === 'string' ? block.type : 'unknown'
    const props =
      block.props && typeof block.props === 'object' && !Array.isArray(block.props)
        ? { ...block.props }
        : {}
    let id = typeof block.id === 'string' && block.id ? block.id : nextId(type, out)
    if (out.some((b) => b.id === id)) id = nextId(type, out)
    const version = typeof block.version === 'number' ? block.version : undefined
    const migrated = migrateWidgetConfig(type, version, props)
    out.push(
      migrated.ok
        ? { id, type, version: migrated.version, props: migrated.props }
        : { id, type, ...(version === undefined ? {} : { version }), props },
    )
  }
  return out
}

/** The page JSON the builder exports: `[{ id, type, version, props }]`. */
export function toPageJson(blocks: readonly BuilderBlock[]): string {
  return JSON.stringify(
    blocks.map(({ id, type, version, props }) => ({ id, type, version, props: clean(props) })),
    null,
    2,
  )
}

// Styles: plain, high-contrast (every story is checked with axe).
const column: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 }
const box: CSSProperties = {
  border: '1px solid #c8c8c8',
  borderRadius: 8,
  padding: 12,
  background: '#ffffff',
  color: '#1a1a1a',
}
const heading: CSSProperties = { fontSize: 16, margin: '0 0 8px' }
const small: CSSProperties = { fontSize: 13 }
const button: CSSProperties = {
  padding: '4px 10px',
  border: '1px solid #767676',
  borderRadius: 6,
  background: '#ffffff',
  color: '#1a1a1a',
  cursor: 'pointer',
  fontSize: 13,
}
const errorText: CSSProperties = { color: '#a3001b', fontSize: 13 }
const okText: CSSProperties = { color: '#1d6b2f', fontSize: 13 }
const textarea: CSSProperties = {
  width: '100%',
  boxSizing: 'border-box',
  minHeight: 160,
  fontFamily: 'monospace',
  fontSize: 12,
}

function Section(props: { title: string; testId: string; children: ReactNode }) {
  const id = `page-builder-${props.testId}`
  return (
    <section aria-labelledby={id} data-testid={props.testId} style={box}>
      <h2 id={id} style={heading}>
        {props.title}
      </h2>
      {props.children}
    </section>
  )
}

/** A reported problem of the preview: the block and what is wrong. */
interface PreviewProblem {
  blockId: string
  message: string
  /** The block did not validate (else: the widget itself failed, e.g. on another platform). */
  invalid: boolean
}

/**
 * A minimal visual page builder over the widget manifests: a palette, the page's blocks, a form
 * per block generated from the manifest (`toJsonSchemaForm`, validated live and by
 * `validateWidgetConfig`), the page rendered by `LivePage` on the simulated WeChat, and the page
 * JSON out and in.
 */
export function PageBuilder(props: PageBuilderProps) {
  const [locale, setLocale] = useState<ManifestLocale>(props.locale ?? 'zh-CN')
  const [blocks, setBlocks] = useState<BuilderBlock[]>(() => fromJson(props.initialPage ?? []))
  const [selectedId, setSelectedId] = useState<string | undefined>(blocks[0]?.id)
  const [exported, setExported] = useState<string | undefined>(undefined)
  const [copied, setCopied] = useState(false)
  const [importText, setImportText] = useState('')
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | undefined>()
  const [previewProblems, setPreviewProblems] = useState<PreviewProblem[]>([])
  const [showAdvanced, setShowAdvanced] = useState(false)
  const t = TEXTS[locale]

  const selected = blocks.find((b) => b.id === selectedId)
  const titleOf = (type: string) => {
    const manifest = manifestOf(type)
    return manifest ? manifest.title[locale] : type
  }

  const update = (next: BuilderBlock[]) => {
    setBlocks(next)
    setExported(undefined)
    setCopied(false)
  }
  const add = (type: WidgetType) => {
    const id = nextId(type, blocks)
    update([...blocks, { id, type, version: manifests[type].version, props: newProps(type) }])
    setSelectedId(id)
  }
  const move = (index: number, by: -1 | 1) => {
    const next = [...blocks]
    const [block] = next.splice(index, 1)
    if (!block) return
    next.splice(index + by, 0, block)
    update(next)
  }
  const remove = (id: string) => {
    const index = blocks.findIndex((b) => b.id === id)
    const next = blocks.filter((b) => b.id !== id)
    update(next)
    if (selectedId === id) setSelectedId(next[Math.min(index, next.length - 1)]?.id)
  }
  const setProps = (id: string, formData: Record<string, unknown>) => {
    update(blocks.map((b) => (b.id === id ? { ...b, props: clean(formData) } : b)))
  }

  const validation = useMemo(
    () =>
      new Map(
        blocks.map((b) => [
          b.id,
          validateWidgetConfig(b.type, b.props, { locale, version: b.version }),
        ]),
      ),
    [blocks, locale],
  )
  const selectedErrors = selected
    ? (() => {
        const result = validation.get(selected.id)
        return result && !result.ok ? result.errors : []
      })()
    : []

  const manifest = selected ? manifestOf(selected.type) : undefined
  const form = useMemo(() => {
    if (!manifest) return undefined
    const { schema, uiSchema } = toJsonSchemaForm(manifest, { locale })
    return {
      schema: schema as RJSFSchema,
      uiSchema: { ...uiSchema, 'ui:submitButtonOptions': { norender: true } } as UiSchema,
    }
  }, [manifest, locale])
  // rjsf validates live with Ajv; its messages are replaced by the manifest's merchant-readable
  // ones (`validateWidgetConfig` of the very form data being validated), shown at their fields.
  const transformErrors: ErrorTransformer = () => []
  const customValidate: CustomValidator = (formData, errors) => {
    if (!selected) return errors
    const result = validateWidgetConfig(selected.type, clean(formData ?? {}), {
      locale,
      version: selected.version,
    })
    if (result.ok) return errors
    for (const e of result.errors) {
      let node: FormValidation | undefined = errors
      for (const segment of e.path.split('/').slice(1)) {
        node = (node as Record<string, FormValidation | undefined> | undefined)?.[
          segment.replace(/~1/g, '/').replace(/~0/g, '~')
        ]
      }
      ;(node?.addError ? node : errors).addError(e.message)
    }
    return errors
  }

  const onImport = () => {
    let parsed: unknown
    try {
      parsed = JSON.parse(importText)
    } catch (error) {
      setImportMessage({ ok: false, text: t.notJson + (error as Error).message })
      return
    }
    if (!Array.isArray(parsed)) {
      setImportMessage({ ok: false, text: t.notAList })
      return
    }
    const next = fromJson(parsed)
    const checked = validatePage(next, { locale })
    const bad = checked.blocks.filter((b) => !b.ok).length
    update(next)
    setSelectedId(next[0]?.id)
    setImportMessage({ ok: bad === 0, text: t.imported(next.length, bad) })
  }

  const onCopy = async () => {
    if (!exported) return
    try {
      await navigator.clipboard.writeText(exported)
      setCopied(true)
    } catch {
      // No clipboard (an insecure origin, a denied permission): the textarea is still there.
    }
  }

  const onPreviewError = (error: LivePageError) => {
    const problem = describePreviewError(error)
    // The latest report of a block wins.
    setPreviewProblems((list) =>
      list.some((p) => p.blockId === problem.blockId && p.message === problem.message)
        ? list
        : [...list.filter((p) => p.blockId !== problem.blockId), problem],
    )
  }

  // Reports of blocks since removed or fixed are not shown.
  const shownProblems = previewProblems.filter(
    (p) =>
      p.blockId === '?' ||
      (validation.has(p.blockId) && (!p.invalid || validation.get(p.blockId)?.ok === false)),
  )
  const categories = [...new Set(WIDGET_TYPES.map((type) => manifests[type].category))]

  return (
    <div
      data-testid="page-builder"
      lang={locale}
      style={{
        display: 'grid',
        // The preview needs room: the widgets' styles are in design px (designWidth 750).
        gridTemplateColumns: '260px minmax(320px, 1fr) minmax(520px, 1.3fr)',
        gap: 12,
        padding: 12,
        fontFamily: 'system-ui, sans-serif',
        fontSize: 14,
        color: '#1a1a1a',
        background: '#f4f4f4',
        minHeight: '100vh',
        boxSizing: 'border-box',
        alignItems: 'start',
      }}
    >
      <div style={column}>
        <Section title={t.builder} testId="toolbar">
          <fieldset style={{ border: 0, margin: 0, padding: 0, display: 'flex', gap: 12 }}>
            <legend style={small}>{t.language}</legend>
            {(['zh-CN', 'en-US'] as const).map((value) => (
              <label key={value} style={small}>
                <input
                  type="radio"
                  name="page-builder-locale"
                  value={value}
                  checked={locale === value}
                  data-testid={`locale-${value}`}
                  onChange={() => setLocale(value)}
                />{' '}
                {value === 'zh-CN' ? '简体中文' : 'English'}
              </label>
            ))}
          </fieldset>
        </Section>

        <Section title={t.palette} testId="palette">
          {categories.map((category) => (
            <div key={category} style={{ marginBottom: 8 }}>
              <h3 style={{ fontSize: 14, margin: '4px 0' }}>
                {t.categories[category] ?? category}
              </h3>
              <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
                {WIDGET_TYPES.filter((type) => manifests[type].category === category).map(
                  (type) => (
                    <li key={type}>
                      <button
                        type="button"
                        style={{ ...button, width: '100%', textAlign: 'left' }}
                        data-testid={`palette-add-${type}`}
                        aria-label={`${t.add} ${manifests[type].title[locale]}`}
                        title={manifests[type].description[locale]}
                        onClick={() => add(type)}
                      >
                        + {manifests[type].title[locale]}
                      </button>
                    </li>
                  ),
                )}
              </ul>
            </div>
          ))}
        </Section>

        <Section title={t.page} testId="page-list">
          {blocks.length === 0 ? (
            <p style={small}>{t.empty}</p>
          ) : (
            <ol
              data-testid="page-blocks"
              style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 6 }}
            >
              {blocks.map((block, index) => {
                const title = titleOf(block.type)
                const ok = validation.get(block.id)?.ok === true
                return (
                  <li
                    key={block.id}
                    data-testid={`block-${block.id}`}
                    data-type={block.type}
                    data-valid={ok}
                  >
                    <div
                      style={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }}
                    >
                      <button
                        type="button"
                        style={{
                          ...button,
                          fontWeight: block.id === selectedId ? 700 : 400,
                          borderColor: block.id === selectedId ? '#1a1a1a' : '#767676',
                        }}
                        aria-pressed={block.id === selectedId}
                        data-testid={`select-${block.id}`}
                        onClick={() => setSelectedId(block.id)}
                      >
                        {ok ? '' : '⚠ '}
                        {title} <span style={{ fontFamily: 'monospace' }}>#{block.id}</span>
                      </button>
                      <button
                        type="button"
                        style={button}
                        aria-label={`${t.up} ${block.id}`}
                        data-testid={`up-${block.id}`}
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        style={button}
                        aria-label={`${t.down} ${block.id}`}
                        data-testid={`down-${block.id}`}
                        disabled={index === blocks.length - 1}
                        onClick={() => move(index, 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        style={button}
                        aria-label={`${t.remove} ${block.id}`}
                        data-testid={`remove-${block.id}`}
                        onClick={() => remove(block.id)}
                      >
                        ✕
                      </button>
                    </div>
                  </li>
                )
              })}
            </ol>
          )}
        </Section>

        <Section title={t.importJson} testId="import">
          <label htmlFor="page-builder-import" style={small}>
            {t.importPlaceholder}
          </label>
          <textarea
            id="page-builder-import"
            data-testid="import-json"
            style={textarea}
            value={importText}
            onChange={(event) => setImportText(event.target.value)}
          />
          <button type="button" style={button} data-testid="import-button" onClick={onImport}>
            {t.importButton}
          </button>
          {importMessage && (
            <p
              role="status"
              data-testid="import-message"
              style={importMessage.ok ? okText : errorText}
            >
              {importMessage.text}
            </p>
          )}
        </Section>
      </div>

      <div style={column}>
        <Section title={t.settings} testId="block-settings">
          {!selected ? (
            <p style={small}>{t.noSelection}</p>
          ) : !form ? (
            <p style={errorText}>{t.unknownType}</p>
          ) : (
            <div data-testid="block-form" data-block-id={selected.id} data-advanced={showAdvanced}>
              <style>{`[data-testid="block-form"][data-advanced="false"] .${ADVANCED_CLASS} { display: none; }`}</style>
              <label style={{ ...small, display: 'block', marginBottom: 8 }}>
                <input
                  type="checkbox"
                  data-testid="show-advanced"
                  checked={showAdvanced}
                  onChange={(event) => setShowAdvanced(event.target.checked)}
                />{' '}
                {t.advanced}
              </label>
              <Form
                key={`${selected.id}:${locale}`}
                schema={form.schema}
                uiSchema={form.uiSchema}
                formData={selected.props}
                validator={validator}
                liveValidate="onChange"
                showErrorList={false}
                noHtml5Validate
                idPrefix={`block_${selected.id.replace(/[^A-Za-z0-9_-]/g, '_')}`}
                experimental_defaultFormStateBehavior={{ emptyObjectFields: 'skipDefaults' }}
                transformErrors={transformErrors}
                customValidate={customValidate}
                onChange={(event: IChangeEvent) =>
                  setProps(selected.id, (event.formData ?? {}) as Record<string, unknown>)
                }
              />
            </div>
          )}
          {selected && (
            <div aria-live="polite">
              {selectedErrors.length > 0 ? (
                <>
                  <h3 style={{ fontSize: 14, margin: '8px 0 4px' }}>{t.problems}</h3>
                  <ul data-testid="block-errors" style={{ margin: 0, paddingLeft: 20 }}>
                    {selectedErrors.map((e) => (
                      <li key={`${e.code} ${e.path}`} data-path={e.path} style={errorText}>
                        {e.message}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p data-testid="block-valid" style={okText}>
                  ✓ {t.valid}
                </p>
              )}
            </div>
          )}
        </Section>

        <Section title={t.exported} testId="export">
          <div style={{ display: 'flex', gap: 8, marginBottom: 8 }}>
            <button
              type="button"
              style={button}
              data-testid="export-json"
              onClick={() => {
                setExported(toPageJson(blocks))
                setCopied(false)
              }}
            >
              {t.exportJson}
            </button>
            {exported !== undefined && (
              <button type="button" style={button} data-testid="copy-json" onClick={onCopy}>
                {copied ? t.copied : t.copy}
              </button>
            )}
          </div>
          {exported !== undefined && (
            <>
              <label htmlFor="page-builder-json" style={small}>
                {t.exported}
              </label>
              <textarea
                id="page-builder-json"
                data-testid="page-json"
                readOnly
                style={{ ...textarea, minHeight: 240 }}
                value={exported}
              />
            </>
          )}
        </Section>
      </div>

      <div style={column}>
        <Section title={t.preview} testId="preview">
          <Stage
            id="page-builder-preview"
            stage={PREVIEW_STAGE}
            globals={{ ...props.globals, locale }}
          >
            <div data-testid="preview-page">
              <style>
                {
                  '[data-testid="preview-page"] .tl-page { display: flex; flex-direction: column; gap: 12px; }'
                }
              </style>
              <LivePage
                blocks={blocks}
                locale={locale}
                onError={onPreviewError}
                uploadAvatar={async () => CHANNEL_AVATAR}
              />
            </div>
          </Stage>
          {shownProblems.length > 0 && (
            <>
              <h3 style={{ fontSize: 14, margin: '8px 0 4px' }}>{t.previewProblems}</h3>
              <ul data-testid="preview-errors" style={{ margin: 0, paddingLeft: 20 }}>
                {shownProblems.map((p) => (
                  <li key={`${p.blockId} ${p.message}`} data-block-id={p.blockId} style={errorText}>
                    <span style={{ fontFamily: 'monospace' }}>#{p.blockId}</span> {p.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      </div>
    </div>
  )
}

/** What `LivePage`'s `onError` reported, as a block id and a message. */
function describePreviewError(error: LivePageError): PreviewProblem {
  return {
    blockId: error.blockId ?? '?',
    message: error.message,
    invalid: error.validationErrors !== undefined,
  }
}
