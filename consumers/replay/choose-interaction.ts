import type { VendorContracts } from './load-contracts.ts'
import type { ReplayInteraction } from './replay-interaction.ts'
import { headerAndQueryMismatches, requestBodyMismatches, type IncomingRequest } from './request-mismatches.ts'

/** What the replay does with a request: answer with one interaction, refuse as ambiguous, or let it pass. */
export type Choice = { kind: 'serve'; interaction: ReplayInteraction } | { kind: 'ambiguous'; candidates: readonly ReplayInteraction[] } | { kind: 'none' }

const NONE: Choice = { kind: 'none' }
const PAYLOAD_METHODS = new Set(['POST', 'PUT', 'PATCH'])

/**
 * Chooses the interaction that answers a request. Candidates come from the index (method and
 * path), then must match the contract's query and required headers. With scenarios picked, only
 * picked interactions count and the body only breaks ties; with none picked, a POST/PUT/PATCH
 * body must match too (as Pact's stub server requires). Several left: ambiguous, never the first.
 *
 * @example
 * await chooseInteraction(plansource, undefined, incoming, () => request.clone().text()) // { kind: 'ambiguous', candidates: [forbidden, internal-error, …] }
 */
export async function chooseInteraction(
  contracts: VendorContracts,
  picked: ReadonlySet<ReplayInteraction> | undefined,
  request: IncomingRequest,
  readBody: () => Promise<string>,
): Promise<Choice> {
  let candidates = contracts.index.candidates(request.method, request.path)
  if (candidates.length === 0 && request.path.includes('%')) candidates = contracts.index.candidates(request.method, safeDecode(request.path))
  if (picked !== undefined) candidates = candidates.filter((interaction) => picked.has(interaction))
  if (candidates.length === 0) return NONE
  let matched = candidates.filter((interaction) => headerAndQueryMismatches(interaction.request, request).length === 0)
  if (matched.length === 0) return NONE
  const bodyDecides = picked === undefined ? PAYLOAD_METHODS.has(request.method) : matched.length > 1
  if (bodyDecides && matched.some((interaction) => interaction.request.body !== undefined)) {
    const text = await readBody()
    if (text !== '' || picked !== undefined) {
      const contentType = request.headers.get('content-type')
      const byBody = matched.filter((interaction) => requestBodyMismatches(interaction.request, text, contentType).length === 0)
      if (picked === undefined || byBody.length > 0) matched = byBody
    }
  }
  if (matched.length === 0) return NONE
  if (matched.length === 1) return { kind: 'serve', interaction: matched[0]! }
  return { kind: 'ambiguous', candidates: matched }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
