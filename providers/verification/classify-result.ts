import type { InteractionResult, Mismatch } from './interaction-outcome.ts'
import type { RunScope } from './run-scope.ts'

type VerifierError = { interaction?: string; mismatch?: { type?: string; message?: string; mismatches?: Record<string, unknown>[] } }

interface VerifierJson {
  result?: boolean
  /** A pending interaction's failures are listed here, not under `errors`. */
  pendingErrors?: VerifierError[]
  errors?: { interaction?: string; mismatch?: { type?: string; message?: string; mismatches?: Record<string, unknown>[] } }[]
  interactionResults?: { description?: string; result?: string }[]
}

/**
 * Turns what the Pact verifier reported for a one-interaction run, and what the run scope saw,
 * into one outcome. Anything that kept the vendor from answering (a failed state, no credentials,
 * a dead target) wins over the comparison, so it can never be reported `verified` or `mismatch`.
 *
 * @example
 * classifyResult(await verifier.verifyProvider().catch((e) => e.message), scope, startedAt)
 */
export function classifyResult(report: string | undefined, scope: RunScope, startedAt: number, now: number = Date.now()): InteractionResult {
  const done = (result: Omit<InteractionResult, 'notes' | 'durationMs'>): InteractionResult => ({
    ...result,
    notes: scope.notes,
    durationMs: Math.round(now - startedAt),
  })
  if (scope.blocked) return done({ outcome: 'unavailable', mismatches: [], reason: scope.blocked })
  let json: VerifierJson
  try {
    json = JSON.parse(report ?? '') as VerifierJson
  } catch {
    return done({ outcome: 'unavailable', mismatches: [], reason: `the Pact verifier did not finish: ${(report ?? 'no report').split('\n')[0]}` })
  }
  if (!json.interactionResults?.length) return done({ outcome: 'unavailable', mismatches: [], reason: 'the Pact verifier did not run the interaction' })
  const mismatches: Mismatch[] = []
  for (const error of [...(json.errors ?? []), ...(json.pendingErrors ?? [])]) {
    if (error.mismatch?.type !== 'mismatches') {
      return done({
        outcome: 'unavailable',
        mismatches: [],
        reason: `the Pact verifier could not compare: ${error.mismatch?.message ?? error.mismatch?.type ?? 'unknown error'}`,
      })
    }
    mismatches.push(...(error.mismatch.mismatches ?? []).map(toMismatch))
  }
  if (mismatches.length) return done({ outcome: 'mismatch', mismatches })
  if (json.interactionResults.every((result) => result.result === 'OK')) return done({ outcome: 'verified', mismatches: [] })
  return done({ outcome: 'unavailable', mismatches: [], reason: 'the Pact verifier reported a failure without naming a mismatch' })
}

function toMismatch(raw: Record<string, unknown>): Mismatch {
  const detail = typeof raw.mismatch === 'string' ? raw.mismatch : String(raw.type ?? 'mismatch')
  const field = {
    StatusMismatch: () => 'status',
    HeaderMismatch: () => `header ${String(raw.key)}`,
    BodyMismatch: () => `body ${String(raw.path ?? '$')}`,
    BodyTypeMismatch: () => 'body content type',
    QueryMismatch: () => `query ${String(raw.parameter)}`,
    MetadataMismatch: () => `metadata ${String(raw.key)}`,
  }[String(raw.type)]
  // Body values come as JSON text ("3999", "\"x\""): read back, they compare like the status does.
  const value = (text: unknown) => (raw.type === 'BodyMismatch' ? fromJsonText(text) : text)
  return { field: field ? field() : String(raw.type ?? 'unknown'), expected: value(raw.expected), actual: value(raw.actual), detail }
}

function fromJsonText(text: unknown): unknown {
  if (typeof text !== 'string') return text
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}
