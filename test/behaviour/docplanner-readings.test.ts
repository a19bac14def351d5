import { describe, expect, it } from 'vitest'
import { docplannerErrorList } from '../../consumers/docplanner/docplanner-envelope.ts'
import { isVendorError, type VendorError } from '../../consumers/errors/vendor-error.ts'
import { withRetry } from '../../consumers/retry/with-retry.ts'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { countingTokens } from './support/counting-tokens.ts'
import { contractBody } from './support/contract-values.ts'
import { provoke, rejection } from './support/provoke.ts'

const server = useReplayServer()

async function failure(scenario: 'bad-request' | 'invalid-arguments' | 'conflict' | 'unable-to-perform-booking'): Promise<VendorError> {
  const error = await rejection(provoke('docplanner', scenario))
  if (!isVendorError(error)) throw error
  return error
}

/**
 * The two places where Docplanner's error page and its API reference (or the reference and
 * itself) disagree, each kept in the catalog as a second, pending reading: the client handles
 * whichever one Docplanner sends.
 */
describe('Docplanner errors in either documented reading', () => {
  it('lists the per-field errors of a 400 whose errors are an array of strings (the Error schema)', async () => {
    server.use(replay('docplanner', 'bad-request'))
    const body = contractBody('docplanner', 'bad-request') as { errors: string[] }
    const error = await failure('bad-request')
    expect({ kind: error.kind, field: error.field, bodyProblem: error.bodyProblem }).toEqual({ kind: 'validation', field: undefined, bodyProblem: undefined })
    expect(docplannerErrorList(error.data)).toEqual(body.errors)
  })

  it('lists the per-field errors of a 400 whose errors are keyed by field (the reference’s examples), and names the field', async () => {
    server.use(replay('docplanner', 'invalid-arguments'))
    const body = contractBody('docplanner', 'invalid-arguments') as { message: string; errors: Record<string, string[]> }
    const error = await failure('invalid-arguments')
    const [field, messages] = Object.entries(body.errors)[0]!
    expect({ kind: error.kind, field: error.field, vendorMessage: error.vendorMessage, bodyProblem: error.bodyProblem }).toEqual({
      kind: 'validation',
      field,
      vendorMessage: body.message,
      bodyProblem: undefined,
    })
    expect(docplannerErrorList(error.data)).toEqual(messages.map((message) => `${field}: ${message}`))
  })

  it.each(['conflict', 'unable-to-perform-booking'] as const)(
    'surfaces a booking of a slot no longer free (%s) after one attempt, without retrying or refreshing the token',
    async (scenario) => {
      server.use(replay('docplanner', scenario))
      const tokens = countingTokens()
      let attempts = 0
      const error = await rejection(
        withRetry(
          () => {
            attempts++
            return provoke('docplanner', scenario, tokens)
          },
          { sleep: async () => undefined },
        ),
      )
      expect(isVendorError(error) && { kind: error.kind, retryable: error.retryable }).toEqual({
        kind: scenario === 'conflict' ? 'conflict' : 'not-found',
        retryable: false,
      })
      expect(attempts).toBe(1)
      expect(tokens.issued).toHaveLength(1)
    },
  )
})
