export {
  LiveEmbed,
  type LiveEmbedMode,
  type LiveEmbedPart,
  type LiveEmbedProps,
} from './live-embed'
export { LIVE_EMBED_TEXTS, type LiveEmbedTexts } from './texts'
