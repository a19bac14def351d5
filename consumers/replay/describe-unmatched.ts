import { pathPattern } from './path-pattern.ts'
import type { ReplaySource } from './replay-handler.ts'
import type { ReplayInteraction } from './replay-interaction.ts'
import { headerAndQueryMismatches, requestBodyMismatches } from './request-mismatches.ts'

interface Nearness {
  interaction: ReplayInteraction
  score: number
  reasons: string[]
}

/**
 * Explains a request no replay answered: the nearest interactions of the vendors in use, each
 * with what differs (method, path, query, headers, body) or that it was not picked.
 *
 * @example
 * await describeUnmatched(request, [replaySourceOf(handler)!])
 * // 'replay: no contract interaction answers GET /admin/v2/eoi/subscriber/1 … nearest: plansource "employee-not-found" (GET /admin/v2/eoi/subscriber/999999): path differs'
 */
export async function describeUnmatched(request: Request, sources: readonly ReplaySource[], count = 3): Promise<string> {
  const url = new URL(request.url)
  const text = request.bodyUsed
    ? ''
    : await request
        .clone()
        .text()
        .catch(() => '')
  const incoming = { method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers }
  const ranked: Nearness[] = []
  for (const { contracts, picked } of sources) {
    for (const interaction of contracts.interactions) {
      const reasons: string[] = []
      let score = 0
      const expected = interaction.request
      if (expected.method === request.method) score += 20
      else reasons.push(`method ${expected.method}`)
      const pattern = pathPattern(expected)
      const pathOk = pattern.kind === 'literal' ? pattern.path === url.pathname : pattern.test(url.pathname)
      if (pathOk) score += 100
      else {
        score += 50 * pathSimilarity(expected.path, url.pathname)
        reasons.push('path differs')
      }
      const mismatches = [
        ...headerAndQueryMismatches(expected, incoming),
        ...(text === '' ? [] : requestBodyMismatches(expected, text, request.headers.get('content-type'))),
      ]
      score -= 5 * mismatches.length
      reasons.push(...mismatches)
      // A picked interaction is what the test meant to hit: show it even when its path differs.
      if (picked?.has(interaction)) score += 60
      else if (picked !== undefined) reasons.push('not picked')
      ranked.push({ interaction, score, reasons })
    }
  }
  const nearest = ranked.sort((a, b) => b.score - a.score).slice(0, count)
  const lines = nearest.map(
    ({ interaction, reasons }) =>
      `  - ${interaction.vendor} "${interaction.id}" (${interaction.request.method} ${interaction.request.path}): ${reasons.join('; ') || 'matches'}`,
  )
  const vendors = sources.map((source) => source.contracts.vendor).join(', ') || 'none in use'
  return `replay: no contract interaction answers ${request.method} ${url.pathname}${url.search} (replayed vendors: ${vendors}); nearest:\n${lines.join('\n') || '  (no interactions)'}`
}

function pathSimilarity(a: string, b: string): number {
  const left = a.split('/')
  const right = b.split('/')
  let same = 0
  for (let index = 0; index < Math.min(left.length, right.length); index++) if (left[index] === right[index]) same++
  return same / Math.max(left.length, right.length)
}
