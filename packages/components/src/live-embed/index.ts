export {
  LiveEmbed,
  type LiveEmbedPart,
  type LiveEmbedProps,
  type LiveEmbedView,
} from './live-embed'
export { LIVE_EMBED_TEXTS, type LiveEmbedTexts } from './texts'
