/** Inline pictures, so the demo never reaches the network. */
function svg(body: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">${body}</svg>`,
  )}`
}

/** The channel's avatar. */
export const CHANNEL_AVATAR = svg(
  '<rect width="96" height="96" fill="#ffe8d6"/><circle cx="48" cy="54" r="26" fill="#ff8a1f"/><path d="M48 28c4-10 14-12 18-10-4 6-10 10-18 10z" fill="#3aa757"/>',
)

/** What the user "picks" as an avatar in the demo. */
export const USER_AVATAR = svg(
  '<rect width="96" height="96" fill="#d6ecff"/><circle cx="48" cy="38" r="18" fill="#4a7fb5"/><path d="M16 92c4-22 18-30 32-30s28 8 32 30z" fill="#4a7fb5"/>',
)
