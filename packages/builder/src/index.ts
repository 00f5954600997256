export type {
  JsonValue,
  LocalizedText,
  ManifestCodeOnlyProp,
  ManifestEvent,
  ManifestExample,
  ManifestLocale,
  ManifestSlot,
  PropGroup,
  PropOption,
  PropSchema,
  PropSchemaType,
  PropsSchema,
  PropTranslation,
  PropWidget,
  WidgetManifest,
} from '@taro-live/components/manifest'
export type { StorybookArgType, StorybookArgTypes } from './argtypes'
export { toStorybookArgTypes } from './argtypes'
export type {
  LowCodeBasicType,
  LowCodeComponentMetadata,
  LowCodeEvent,
  LowCodeFieldConfig,
  LowCodeOptions,
  LowCodePropConfig,
  LowCodePropType,
  LowCodeSetterConfig,
  LowCodeSnippet,
  LowCodeTitle,
} from './lowcode'
export { toLowCodeEngine } from './lowcode'
export { ManifestError, readManifest } from './manifest'
export type { BuilderOptions } from './options'
export type { JsonSchemaForm, JsonSchemaFormSchema, JsonSchemaFormUiSchema } from './rjsf'
export { ADVANCED_CLASS, toJsonSchemaForm } from './rjsf'
export type {
  WedaComponentConfig,
  WedaEvent,
  WedaOptions,
  WedaPlatform,
  WedaProperty,
} from './weda'
export { toWeDa } from './weda'
