// @vitest-environment jsdom

import Form from '@rjsf/core'
import type { RJSFSchema } from '@rjsf/utils'
import validator from '@rjsf/validator-ajv8'
import { toJsonSchemaForm } from '@taro-live/builder'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { manifestOf } from './support/manifests'

afterEach(cleanup)

it('renders an rjsf Form with the localised labels, options and the example', () => {
  const manifest = manifestOf('live-reserve-card')
  const { schema, uiSchema } = toJsonSchemaForm(manifest, { locale: 'en-US' })
  const example = manifest.examples?.[1]?.props
  render(
    <Form
      schema={schema as RJSFSchema}
      uiSchema={uiSchema}
      validator={validator}
      formData={example}
    />,
  )
  expect(screen.getByLabelText(/Channel id/)).toHaveProperty('value', 'sphABCdef123')
  expect(screen.getByLabelText(/Countdown within/)).toHaveProperty('type', 'number')
  const whenEmpty = screen.getByLabelText(/With no notice/) as HTMLSelectElement
  expect([...whenEmpty.options].map((option) => option.textContent)).toContain(
    'Show an empty state',
  )
  expect(document.querySelectorAll('.taro-live-advanced').length).toBeGreaterThan(0)
})
