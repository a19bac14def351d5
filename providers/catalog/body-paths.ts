/**
 * Lists the leaf paths of a JSON body in the notation catalogs use: `errors.message`,
 * `errors[0].errorCode`. An empty object or array counts as a leaf.
 *
 * @example
 * leafPaths({ errors: [{ errorCode: 1 }] }) // ['errors[0].errorCode']
 */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [prefix]
    return value.flatMap((item, index) => leafPaths(item, `${prefix}[${index}]`))
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
    if (entries.length === 0) return [prefix]
    return entries.flatMap(([key, item]) => leafPaths(item, prefix ? `${prefix}.${key}` : key))
  }
  return [prefix]
}

/**
 * Whether `path` is `ancestor` itself or lies under it.
 *
 * @example
 * isWithin('errors[0].message', 'errors') // true
 */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`)
}

/**
 * Whether the body has something at `path` (leaf or not).
 *
 * @example
 * hasPath({ errors: { message: 'x' } }, 'errors.message') // true
 */
export function hasPath(body: unknown, path: string): boolean {
  let current: unknown = body
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (Array.isArray(current) && /^\d+$/.test(part)) current = current[Number(part)]
    else if (typeof current === 'object' && current !== null && Object.hasOwn(current, part)) current = (current as Record<string, unknown>)[part]
    else return false
  }
  return true
}
