import { isWithin } from '../../../providers/catalog/body-paths.ts'

/** One step of a Pact body path: `.name`, `['name']`, `["name"]` or `[0]`. */
const STEP = /^(?:\.([^.[\]]+)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\])/

/**
 * The body path of a Pact mismatch (`$.errors[0].code`, `$.errors.0.code`, `$['x-y']`) in the
 * catalog's notation (`errors[0].code`, `x-y`): `''` for the whole body, undefined for a path that
 * is not one.
 *
 * @example
 * catalogBodyPath('$.errors.message') // 'errors.message'
 * catalogBodyPath('$.errors.0.code') // 'errors[0].code'
 * catalogBodyPath('$') // ''
 */
export function catalogBodyPath(pactPath: string): string | undefined {
  if (!pactPath.startsWith('$')) return undefined
  let rest = pactPath.slice(1)
  let path = ''
  while (rest) {
    const step = STEP.exec(rest)
    if (!step) return undefined
    rest = rest.slice(step[0].length)
    const name = step[1] ?? step[3] ?? step[4]
    const index = step[2] ?? (name !== undefined && /^\d+$/.test(name) ? name : undefined)
    path += index !== undefined ? `[${index}]` : path ? `.${name}` : name
  }
  return path
}

/**
 * Whether two catalog body paths are about the same part of the body: one is the other, or lies
 * under it (`''` is the whole body).
 *
 * @example
 * bodyPathsOverlap('errors', 'errors.message') // true
 * bodyPathsOverlap('errors.message', 'errors.code') // false
 */
export function bodyPathsOverlap(a: string, b: string): boolean {
  if (a === '' || b === '') return true
  return isWithin(a, b) || isWithin(b, a)
}
