import { describe, expect, it } from 'vitest'
import { classifyResult } from '../../providers/verification/classify-result.ts'
import type { PactInteraction } from '../../providers/verification/pact-file.ts'
import { RunScope } from '../../providers/verification/run-scope.ts'

const interaction: PactInteraction = { description: 'x', providerStates: [], request: { method: 'GET', path: '/x' }, expectedStatus: 404, raw: {} }
const ok = JSON.stringify({ result: true, errors: [], pendingErrors: [], interactionResults: [{ description: 'x', result: 'OK' }] })
const mismatched = (mismatches: unknown[], key: 'errors' | 'pendingErrors' = 'errors') =>
  JSON.stringify({
    result: key === 'pendingErrors',
    errors: [],
    pendingErrors: [],
    [key]: [{ interaction: 'x', mismatch: { type: 'mismatches', mismatches } }],
    interactionResults: [{ description: 'x', result: 'Error' }],
  })

describe('classifyResult', () => {
  it('reports verified when the verifier found nothing wrong', () => {
    expect(classifyResult(ok, new RunScope(interaction), 0, 5)).toMatchObject({ outcome: 'verified', mismatches: [], durationMs: 5 })
  })

  it('lists mismatches field by field', () => {
    const result = classifyResult(
      mismatched([
        { type: 'StatusMismatch', expected: 404, actual: 410, mismatch: 'expected 404 but was 410' },
        { type: 'HeaderMismatch', key: 'Content-Type', expected: 'application/json', actual: 'text/html', mismatch: '...' },
        { type: 'BodyMismatch', path: '$.errors.error_code', expected: '404', actual: '"x"', mismatch: '...' },
      ]),
      new RunScope(interaction),
      0,
    )
    expect(result.outcome).toBe('mismatch')
    expect(result.mismatches.map((mismatch) => mismatch.field)).toEqual(['status', 'header Content-Type', 'body $.errors.error_code'])
  })

  it('reads the mismatches of a pending interaction too', () => {
    expect(classifyResult(mismatched([{ type: 'StatusMismatch', expected: 404, actual: 200 }], 'pendingErrors'), new RunScope(interaction), 0).outcome).toBe(
      'mismatch',
    )
  })

  it('never reports verified or mismatch when a provider state failed', () => {
    const scope = new RunScope(interaction)
    scope.markStateFailure('provider state "s" could not be set up: no')
    expect(classifyResult(ok, scope, 0)).toMatchObject({ outcome: 'unavailable', reason: 'provider state "s" could not be set up: no' })
    expect(classifyResult(mismatched([{ type: 'StatusMismatch' }]), scope, 0).outcome).toBe('unavailable')
  })

  it('reports unavailable when the target gave no usable answer, whatever the verifier compared', () => {
    const scope = new RunScope(interaction)
    scope.markUnavailable('connection refused')
    expect(classifyResult(mismatched([{ type: 'StatusMismatch', expected: 404, actual: 599 }]), scope, 0)).toMatchObject({
      outcome: 'unavailable',
      reason: 'connection refused',
    })
  })

  it('reports unavailable when the verifier did not finish or did not run the interaction', () => {
    expect(classifyResult('Verification was unable to run', new RunScope(interaction), 0).outcome).toBe('unavailable')
    expect(classifyResult(JSON.stringify({ result: true, errors: [], interactionResults: [] }), new RunScope(interaction), 0).outcome).toBe('unavailable')
  })
})
