import type { Meta, StoryObj } from '@storybook/react-vite'
import { validatePage, validateWidgetConfig } from '@taro-live/components/manifest'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { CHANNEL } from '../support/channel'
import type { StageGlobals } from '../support/stage'
import { type BuilderBlock, PageBuilder } from './page-builder'

/** The page the builder opens with: one of each widget, on the stage's channel. */
const SAMPLE_PAGE: BuilderBlock[] = [
  {
    id: 'notice',
    type: 'live-reserve-card',
    version: 1,
    props: { finderUserName: CHANNEL, title: '冬季新品发布会', whenEmpty: 'empty' },
  },
  { id: 'member', type: 'profile-button', version: 1, props: { desc: '用于完善会员资料' } },
  {
    id: 'bubble',
    type: 'live-floating-window',
    version: 2,
    props: { finderUserName: CHANNEL, label: '冬季上新' },
  },
]

const meta = {
  title: 'Page builder',
  component: PageBuilder,
  // The builder's locale starts at the toolbar's; the preview runs on the toolbar's platform.
  render: (args, context) => {
    const globals = context.globals as StageGlobals
    return (
      <PageBuilder
        key={globals.locale}
        {...args}
        locale={args.locale ?? globals.locale}
        globals={globals}
      />
    )
  },
  args: { initialPage: SAMPLE_PAGE },
  argTypes: { initialPage: { control: 'object' }, globals: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'A page builder over the widget manifests: add widgets from the palette, order them, edit each one in a form generated from its manifest (`toJsonSchemaForm` from `@taro-live/builder`, checked live and by `validateWidgetConfig`), see the page rendered by `LivePage` on the simulated WeChat, and export or import the page JSON that a Taro app renders (docs/page-builders.md).',
      },
    },
  },
} satisfies Meta<typeof PageBuilder>

export default meta
type Story = StoryObj<typeof meta>

/** The builder with a sample page: a reserve card, a profile button and a floating window. */
export const Builder: Story = {}

/** An empty page, in English. */
export const EmptyEnglish: Story = { args: { initialPage: [], locale: 'en-US' } }

/**
 * A merchant adds a reserve card, types a bad channel id and sees why it is wrong, fixes it, gives
 * the card a title, and exports the page: the JSON holds the new block and the whole page is valid.
 */
export const AddEditExport: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByTestId('palette-add-live-reserve-card'))
    // The new block is selected: its form is the reserve card's.
    const form = within(await canvas.findByTestId('block-form'))
    await waitFor(() =>
      expect(canvas.getByTestId('block-form').dataset.blockId).toBe('live-reserve-card-1'),
    )
    const channel = form.getByRole('textbox', { name: /视频号 ID/ })
    expect((channel as HTMLInputElement).value).toBe(CHANNEL)

    await userEvent.clear(channel)
    await userEvent.type(channel, 'orange-shop')
    // The merchant-readable message ("视频号 ID 格式不正确，应以 sph 开头"), under the form.
    const bad = validateWidgetConfig('live-reserve-card', { finderUserName: 'orange-shop' })
    const message = bad.ok ? '' : (bad.errors[0]?.message ?? '')
    expect(message).toMatch(/^视频号 ID ?格式不正确/)
    await waitFor(() => expect(canvas.getByTestId('block-errors').textContent).toContain(message))
    expect(canvas.getByTestId('block-live-reserve-card-1').dataset.valid).toBe('false')
    // rjsf's inline error says the same, not Ajv's "must match pattern".
    await waitFor(() => expect(canvas.getByTestId('block-form').textContent).toContain(message))

    await userEvent.clear(channel)
    await userEvent.type(channel, CHANNEL)
    await userEvent.type(form.getByRole('textbox', { name: /^标题/ }), '新品首发')
    await canvas.findByTestId('block-valid')
    expect(canvas.queryByTestId('block-errors')).toBeNull()
    expect(canvas.getByTestId('block-live-reserve-card-1').dataset.valid).toBe('true')

    await userEvent.click(canvas.getByTestId('export-json'))
    const json = (await canvas.findByTestId('page-json')) as HTMLTextAreaElement
    expect(json.readOnly).toBe(true)
    const page = JSON.parse(json.value) as BuilderBlock[]
    expect(page.map((b) => b.id)).toEqual(['notice', 'member', 'bubble', 'live-reserve-card-1'])
    expect(page[3]).toMatchObject({
      id: 'live-reserve-card-1',
      type: 'live-reserve-card',
      version: 1,
      props: { finderUserName: CHANNEL, title: '新品首发' },
    })
    expect(validatePage(page).ok).toBe(true)
  },
}

/**
 * Import a saved page with a broken block (a channel id that is not one): the block is flagged in
 * the list, its form explains why, and the preview renders its neighbours and reports it. In
 * English, the palette, the form and the messages follow.
 */
export const ImportBrokenPage: Story = {
  args: { initialPage: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const saved = [
      { id: 'a', type: 'live-reserve-card', version: 1, props: { finderUserName: CHANNEL } },
      { id: 'bad', type: 'live-reserve-card', version: 1, props: { finderUserName: 'nope!' } },
      { id: 'c', type: 'profile-button', props: {} },
    ]
    await userEvent.click(canvas.getByTestId('import-json'))
    await userEvent.paste(JSON.stringify(saved))
    await userEvent.click(canvas.getByTestId('import-button'))
    await waitFor(() => expect(canvas.getByTestId('import-message').textContent).toContain('3'))
    expect(canvas.getByTestId('block-bad').dataset.valid).toBe('false')
    expect(canvas.getByTestId('block-a').dataset.valid).toBe('true')

    await waitFor(() =>
      expect(
        canvas.getByTestId('preview-errors').querySelector('[data-block-id="bad"]'),
      ).not.toBeNull(),
    )
    const preview = canvas.getByTestId('preview-page')
    await waitFor(() => expect(preview.querySelectorAll('.tl-reserve-card')).toHaveLength(1))
    expect(preview.querySelector('.tl-profile-button')).not.toBeNull()

    await userEvent.click(canvas.getByTestId('select-bad'))
    await canvas.findByTestId('block-errors')

    await userEvent.click(canvas.getByTestId('locale-en-US'))
    await canvas.findByRole('button', { name: 'Add Live reserve card' })
    await waitFor(() =>
      expect(canvas.getByTestId('block-errors').textContent).toContain('Channel id is not valid'),
    )
    // Removing the broken block leaves a valid page.
    await userEvent.click(canvas.getByTestId('remove-bad'))
    await userEvent.click(canvas.getByTestId('export-json'))
    const page = JSON.parse((canvas.getByTestId('page-json') as HTMLTextAreaElement).value)
    expect(page.map((b: BuilderBlock) => b.id)).toEqual(['a', 'c'])
    expect(validatePage(page).ok).toBe(true)
  },
}
