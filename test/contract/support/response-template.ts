import { MatchersV3 } from '@pact-foundation/pact'
import type { CatalogEntry } from '../../../providers/catalog/catalog-schema.ts'
import { escapeRegex } from './escape-regex.ts'

/**
 * Turns a documented body into a Pact response template: paths the doc promises stay the same
 * are pinned exactly, paths it says may vary are matched by type (arrays: any length, same item type).
 *
 * @example
 * responseTemplate({ body: { code: 1, message: 'x' }, stable: ['code'], varies: ['message'] }) // { code: 1, message: like('x') }
 */
export function responseTemplate(entry: Pick<CatalogEntry, 'body' | 'varies'>): unknown {
  const varies = new Set(entry.varies)
  const walk = (value: unknown, path: string): unknown => {
    if (varies.has(path)) return typed(value)
    if (Array.isArray(value)) return value.map((item, index) => walk(item, `${path}[${index}]`))
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, path ? `${path}.${key}` : key)]))
    }
    return value
  }
  return walk(entry.body, '')
}

function typed(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? MatchersV3.like([]) : MatchersV3.atLeastLike(value[0], 0, value.length)
  return MatchersV3.like(value)
}

/**
 * A header matcher that pins the media type and lets parameters such as `charset` vary.
 *
 * @example
 * contentTypeMatcher('application/json') // regex ^application/json\s*(;.*)?$
 */
export function contentTypeMatcher(mediaType: string) {
  return MatchersV3.regex(`^${escapeRegex(mediaType)}\\s*(;.*)?$`, mediaType)
}
