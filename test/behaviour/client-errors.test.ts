import { describe, expect, it } from 'vitest'
import { docplannerErrorList } from '../../consumers/docplanner/docplanner-envelope.ts'
import { isVendorError, type VendorError } from '../../consumers/errors/vendor-error.ts'
import { withRetry } from '../../consumers/retry/with-retry.ts'
import type { VendorId } from '../../providers/vendor-ids.ts'
import { replay } from '../support/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { countingTokens } from './support/counting-tokens.ts'
import { contractBody, contractInteraction } from './support/contract-values.ts'
import { provoke, rejection } from './support/provoke.ts'
import { scenarioCases } from './support/scenario-cases.ts'

const server = useReplayServer()

/** Aplos's 422 answers for a broken accounting rule, each with its own exception code. */
const APLOS_RULES = [
  'required-data',
  'invalid-data-format',
  'invalid-data-length-minimum',
  'invalid-data-length-maximum',
  'lines-out-of-balance',
  'lines-do-not-sum',
  'invalid-account-type',
  'date-is-in-a-closed-period',
] as const

/** 4xx answers about the request itself: sending it again cannot help, nor can a new token. */
const CLIENT_ERRORS = scenarioCases<VendorId>({
  plansource: ['employee-not-found', 'invalid-coverage', 'route-not-found', 'name-required', 'organization-not-found', 'form-completions-required'],
  docplanner: ['bad-request', 'forbidden', 'not-found', 'method-not-allowed', 'conflict'],
  aplos: ['missing-input', 'invalid-data', 'forbidden', 'unauthorized', 'client-unauthorized', 'method-not-allowed', 'not-available', ...APLOS_RULES],
  plusauth: ['invalid-request', 'unsupported-view-template', 'plan-limit-exceeded', 'entity-not-found', 'already-exists', 'invalid-entity'],
  usta: [
    'bad-request',
    'forbidden',
    'access-denied',
    'not-found',
    'method-not-allowed',
    'unsupported-media-type',
    'entity-not-found',
    'entity-not-found-example',
    'entity-not-found-get',
    'entity-not-found-put-patch',
    'entity-already-exists',
    'uspta-number-must-be-unique',
    'ptr-number-must-be-unique',
    'validation-error',
    'validation-error-example',
    'illegal-combination-of-method-arguments',
    'entity-id-is-empty',
    'unknown-identifier-error',
    'no-remaining-amount',
    'http-message-not-readable-error',
    'empty-client-org',
    'empty-password',
    'invalid-client-grant-type',
    'invalid-client-profile',
    'invalid-client-scope-set',
    'new-password-not-match',
    'wrong-password',
  ],
})

/** Answers that mean "this thing does not exist", whatever status the vendor uses for it. */
const MISSING = scenarioCases<VendorId>({
  plansource: ['employee-not-found', 'invalid-coverage', 'route-not-found'],
  docplanner: ['not-found'],
  aplos: ['not-available'],
  plusauth: ['entity-not-found'],
  usta: ['not-found', 'entity-not-found', 'entity-not-found-example', 'entity-not-found-get', 'entity-not-found-put-patch'],
})

async function failure(vendor: VendorId, scenario: string): Promise<VendorError> {
  const error = await rejection(provoke(vendor, scenario))
  if (!isVendorError(error)) throw error
  return error
}

describe('no retry and no token refresh on client errors', () => {
  it.each(CLIENT_ERRORS)('%s "%s" surfaces after one attempt with its status', async (vendor, scenario) => {
    server.use(replay(vendor, scenario))
    const tokens = countingTokens()
    let attempts = 0
    const sleeps: number[] = []
    const error = await rejection(
      withRetry(
        () => {
          attempts++
          return provoke(vendor, scenario, tokens)
        },
        { sleep: async (ms) => void sleeps.push(ms) },
      ),
    )
    expect(isVendorError(error) && { status: error.status, retryable: error.retryable }).toEqual({
      status: contractInteraction(vendor, scenario).response.status,
      retryable: false,
    })
    expect({ attempts, sleeps: sleeps.length, tokens: tokens.issued.length }).toEqual({ attempts: 1, sleeps: 0, tokens: 1 })
  })

  it.each(MISSING)('%s "%s" reads as not-found, whatever the status', async (vendor, scenario) => {
    server.use(replay(vendor, scenario))
    expect((await failure(vendor, scenario)).kind).toBe('not-found')
  })
})

describe('validation errors tell what to fix', () => {
  it("surfaces USTA's subject as the invalid field", async () => {
    server.use(replay('usta', 'validation-error-example'))
    const body = contractBody('usta', 'validation-error-example') as { errors: Array<{ subject: string; errorCode: number }> }
    const error = await failure('usta', 'validation-error-example')
    expect({ kind: error.kind, field: error.field, code: error.code }).toEqual({
      kind: 'validation',
      field: body.errors[0]!.subject,
      code: body.errors[0]!.errorCode,
    })
  })

  it.each(['name-required', 'organization-not-found', 'form-completions-required'] as const)(
    'surfaces the PlanSource message of "%s", which names the parameter',
    async (scenario) => {
      server.use(replay('plansource', scenario))
      const body = contractBody('plansource', scenario) as { errors: { message: string } }
      const error = await failure('plansource', scenario)
      expect({ kind: error.kind, message: error.vendorMessage }).toEqual({ kind: 'validation', message: body.errors.message })
    },
  )

  it("lists Docplanner's per-field errors", async () => {
    server.use(replay('docplanner', 'bad-request'))
    const body = contractBody('docplanner', 'bad-request') as { errors: string[] }
    const error = await failure('docplanner', 'bad-request')
    expect(error.kind).toBe('validation')
    expect(docplannerErrorList(error.data)).toEqual(body.errors)
  })

  it.each(APLOS_RULES)('names the Aplos rule "%s" broke by its exception code', async (scenario) => {
    server.use(replay('aplos', scenario))
    const body = contractBody('aplos', scenario) as { exception: { code: number | string } }
    const error = await failure('aplos', scenario)
    expect({ kind: error.kind, code: Number(error.code) }).toEqual({ kind: 'validation', code: Number(body.exception.code) })
  })
})
