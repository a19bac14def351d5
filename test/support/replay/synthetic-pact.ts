import { parsePact } from '../../../consumers/replay/read-pact-file.ts'
import type { PactFile } from '../../../consumers/replay/pact-types.ts'

/** The JSON of one V4 interaction, as a pact file holds it (only what a test sets). */
export type RawInteraction = Record<string, unknown> & { description: string; request: Record<string, unknown>; response: Record<string, unknown> }

/**
 * A pact file made in memory, for tests and the benchmark: V4, consumer `app`, the given provider.
 *
 * @example
 * syntheticPact('acme', [{ description: 'gone: x', request: { method: 'GET', path: '/x' }, response: { status: 410 } }])
 */
export function syntheticPact(provider: string, interactions: readonly RawInteraction[]): PactFile {
  return parsePact(`app-${provider}.json`, {
    consumer: { name: 'app' },
    provider: { name: provider },
    interactions: interactions.map((interaction) => ({ type: 'Synchronous/HTTP', ...interaction })),
    metadata: { pactSpecification: { version: '4.0' } },
  })
}

/**
 * `count` interactions with distinct paths `/items/0` … `/items/{count-1}`, each answering 404 with
 * a small JSON error body, as the benchmark replays them.
 *
 * @example
 * syntheticErrors(1000)[999].request.path // '/items/999'
 */
export function syntheticErrors(count: number): RawInteraction[] {
  return Array.from({ length: count }, (_, index) => ({
    description: `item-${index}-not-found: no item ${index}`,
    request: {
      method: 'GET',
      path: `/items/${index}`,
      headers: { Authorization: ['Bearer t'] },
      matchingRules: { header: { Authorization: { combine: 'AND', matchers: [{ match: 'regex', regex: '^Bearer \\S+$' }] } } },
    },
    response: {
      status: 404,
      headers: { 'Content-Type': ['application/json'] },
      body: { content: syntheticErrorBody(index), contentType: 'application/json', encoded: false },
    },
  }))
}

/**
 * The body of synthetic interaction `index` (so a hand-written handler can answer the same).
 *
 * @example
 * syntheticErrorBody(3) // { status: 'failure', errors: { http_status: 404, message: 'Item 3 not found', … } }
 */
export function syntheticErrorBody(index: number) {
  return { status: 'failure', errors: { http_status: 404, error_code: 404, message: `Item ${index} not found`, details: null } }
}
