// Runs the Changesets CLI (`pnpm changeset …`) on this project's Node.js 20.
//
// @changesets/cli 3 declares Node ^22.11. What it needs from Node 22: its bin calls
// module.enableCompileCache (22.1), and `add` / `publish` use Set.prototype.intersection / union
// and Promise.withResolvers. This starts the CLI without its bin and fills in those built-ins where
// they are missing (on Node 22 it is a plain `changeset`). Changesets 2 runs on Node 20 but turns a
// minor release of core into a major one of every package that peers on it, hence version 3.
// Delete this file and call `changeset` directly once the project's Node is 22.11 or later.

function define(target, name, value) {
  if (!target[name])
    Object.defineProperty(target, name, { configurable: true, writable: true, value })
}

define(Set.prototype, 'intersection', function intersection(other) {
  const result = new Set()
  for (const value of this) if (other.has(value)) result.add(value)
  return result
})
define(Set.prototype, 'union', function union(other) {
  const result = new Set(this)
  for (const value of other.keys()) result.add(value)
  return result
})
define(Promise, 'withResolvers', function withResolvers() {
  let resolve
  let reject
  const promise = new this((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
})

await import('@changesets/cli')
