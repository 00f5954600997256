import * as a11y from '@storybook/addon-a11y/preview'
import { setProjectAnnotations } from '@storybook/react-vite'
import * as preview from './preview'

// The stories run in Vitest with the same decorators, globals and axe checks as in Storybook.
setProjectAnnotations([a11y, preview])
