/** Inline pictures for the simulated channel, so stories never reach the network. */
function svg(body: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">${body}</svg>`,
  )}`
}

/** The channel's avatar: an orange on a warm background. */
export const CHANNEL_AVATAR = svg(
  '<rect width="96" height="96" fill="#ffe8d6"/><circle cx="48" cy="54" r="26" fill="#ff8a1f"/><path d="M48 28c4-10 14-12 18-10-4 6-10 10-18 10z" fill="#3aa757"/>',
)

/** A cover for the notice card. */
export const NOTICE_COVER = svg(
  '<rect width="96" height="96" fill="#243b55"/><circle cx="70" cy="26" r="10" fill="#ffd166"/><path d="M0 80l30-30 20 18 16-12 30 24v16H0z" fill="#8ecae6"/>',
)
