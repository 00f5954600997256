/** Inline SVG pictures: the simulator's defaults, so stories and demos never reach the network. */
function svg(body: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">${body}</svg>`,
  )}`
}

/** Pictures for simulated channels and users (and for stories and demos that need one). */
export const SIM_PICTURES = {
  /** A channel avatar: an orange. The default `headUrl` of every simulated channel. */
  channelAvatar: svg(
    '<rect width="96" height="96" fill="#ffe8d6"/><circle cx="48" cy="54" r="26" fill="#ff8a1f"/><path d="M48 28c4-10 14-12 18-10-4 6-10 10-18 10z" fill="#3aa757"/>',
  ),
  /** A user avatar. The default of the simulated user's real profile. */
  userAvatar: svg(
    '<rect width="96" height="96" fill="#d6ecff"/><circle cx="48" cy="38" r="18" fill="#4a7fb5"/><path d="M16 92c4-22 18-30 32-30s28 8 32 30z" fill="#4a7fb5"/>',
  ),
  /** A cover for a notice card (WeChat's notice has none). */
  cover: svg(
    '<rect width="96" height="96" fill="#243b55"/><circle cx="70" cy="26" r="10" fill="#ffd166"/><path d="M0 80l30-30 20 18 16-12 30 24v16H0z" fill="#8ecae6"/>',
  ),
} as const
