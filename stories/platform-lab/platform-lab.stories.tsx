import type { Meta, StoryObj } from '@storybook/react-vite'
import { PlatformLab } from './PlatformLab'

const meta = {
  title: 'Platform lab',
  component: PlatformLab,
  // A fresh lab for every change of the controls.
  render: (args) => <PlatformLab key={JSON.stringify(args)} {...args} />,
  args: {
    finderUserName: 'sphLiveShop',
    mode: 'device',
    baseLibrary: '3.7.0',
    status: 'ended',
    sameSubject: true,
    noticeInMinutes: 2,
    clock: 'realtime',
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['device', 'devtools', 'h5-stub'] },
    status: { control: 'inline-radio', options: ['never', 'preparing', 'live', 'ended'] },
    baseLibrary: {
      control: 'select',
      options: ['2.14.0', '2.15.0', '2.19.1', '2.19.2', '2.27.1', '3.7.0'],
    },
    clock: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Drives the simulated WeChat and shows what `@taro-live/core` makes of it, beside the log of every `wx` call. Try the open button in a tap and deferred with `setTimeout`, DevTools mode (-14), another subject (100008), and the clock around a notice’s lingering hour.',
      },
    },
  },
} satisfies Meta<typeof PlatformLab>

export default meta
type Story = StoryObj<typeof meta>

/** The channel has ended a live and has a notice in two minutes. */
export const EndedWithNotice: Story = {}

/** Live now: the open button enters the live room with the prefetched ids. */
export const Live: Story = { args: { status: 'live', noticeInMinutes: null } }

/** WeChat DevTools: every Channels API fails with -14 and the client does not retry. */
export const DevTools: Story = { args: { mode: 'devtools' } }

/** Channel of another subject: 100008. */
export const SubjectMismatch: Story = { args: { sameSubject: false } }

/** Taro H5: the adapter does not call the stubs at all. */
export const H5: Story = { args: { mode: 'h5-stub' } }
