import type { Decorator, Preview } from '@storybook/react-vite'
import '@taro-live/components/style'
import { Stage, type StageGlobals, type StageParameters } from '../stories/support/stage'

/** Every widget story runs on its own simulated WeChat, shaped by the story and the toolbar. */
const withStage: Decorator = (Story, context) => {
  const stage = context.parameters.stage as StageParameters | undefined
  if (!stage) return <Story />
  return (
    <Stage
      id={context.id}
      stage={stage}
      globals={context.globals as StageGlobals}
      fill={context.viewMode === 'story'}
    >
      <Story />
    </Stage>
  )
}

const preview: Preview = {
  decorators: [withStage],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Every story is checked with axe in the browser tests; a violation fails the test.
    a11y: { test: 'error' },
  },
  globalTypes: {
    baseLibrary: {
      description: 'WeChat base library (SDKVersion); a story about one version keeps its own',
      toolbar: {
        title: 'Base library',
        icon: 'component',
        items: [
          { value: '', title: 'default (3.7.0)' },
          '2.10.3',
          '2.10.4',
          '2.14.0',
          '2.19.1',
          '2.21.2',
          '2.27.0',
          '2.27.1',
          '3.7.0',
        ],
        dynamicTitle: true,
      },
    },
    platform: {
      description: 'Where the app runs',
      toolbar: {
        title: 'Platform',
        icon: 'mobile',
        items: [
          { value: 'weapp', title: 'WeChat (weapp)' },
          { value: 'h5', title: 'Taro H5 (stubs)' },
          { value: 'other', title: 'another mini program' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark tokens',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'light', icon: 'sun' },
          { value: 'dark', title: 'dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文' },
          { value: 'en-US', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    clock: {
      description: 'Moves the simulated clock relative to the notice start',
      toolbar: {
        title: 'Clock',
        icon: 'time',
        items: [
          { value: 'now', title: 'now' },
          { value: 'start', title: 'notice start' },
          { value: 'start+59', title: 'start + 59 min' },
          { value: 'start+61', title: 'start + 61 min' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    baseLibrary: '',
    platform: 'weapp',
    theme: 'light',
    locale: 'zh-CN',
    clock: 'now',
  },
}

export default preview
