import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { readDocPage } from '../../providers/doc-pages/extract-doc-page.ts'
import type { VendorId } from '../../providers/vendor-ids.ts'
import { driftOfPage } from './support/drift-of-page.ts'
import { insertLineAfter } from './support/page-edits.ts'

function snapshot(vendor: VendorId): string {
  return readFileSync(join(PROJECT_ROOT, 'providers', 'doc-snapshots', `${vendor}.txt`), 'utf8')
}

function extract(vendor: VendorId, page = snapshot(vendor)) {
  return readDocPage({ vendor, source: `${vendor}.txt`, bytes: Buffer.from(page), form: 'text' }).page
}

describe('the doc extractors, on the stored snapshots', () => {
  it('reads one PlanSource error per example body, with the status from its heading and code and message from the body', () => {
    const { errors } = extract('plansource')
    expect(errors).toHaveLength(10)
    expect(errors[0]).toMatchObject({ statuses: [], code: 'invalid_request', message: 'token has expired', name: 'Expired Token' })
    expect(errors.find((error) => error.message === 'Employee not found')).toMatchObject({ statuses: [404], code: 404, contentType: null })
  })

  it('reads Docplanner rows, a row of several statuses, the stated content type, and the webhook answer', () => {
    const { errors, warnings } = extract('docplanner')
    const response = errors.filter((error) => error.direction === 'response')
    expect(response.map((error) => error.statuses)).toEqual([[400], [401], [403], [404], [405], [409], [429], [500, 502, 503, 504]])
    expect(response.every((error) => error.contentType === 'application/vnd.error+docplanner+json')).toBe(true)
    expect(response[2]).toMatchObject({ name: 'Forbidden', description: 'No access to a given resource or conducting forbidden action' })
    expect(errors.filter((error) => error.direction === 'webhook')).toEqual([
      expect.objectContaining({ statuses: [], statusClass: '4xx', code: 1, contentType: 'application/json', examples: [{ error_code: 1 }] }),
    ])
    expect(warnings.map((warning) => warning.kind)).toEqual(['status-range-repeated'])
  })

  it('reads Aplos status lines, their examples and the exception codes, splitting names at the no-break space', () => {
    const { errors } = extract('aplos')
    expect(errors.filter((error) => error.code === null).map((error) => error.statuses[0])).toEqual([401, 403, 405, 422, 500])
    expect(errors.find((error) => error.code === 1002 && error.examples.length > 0)).toMatchObject({ statuses: [401], message: 'Token could not be located.' })
    expect(errors.find((error) => error.code === 4008)).toMatchObject({
      statuses: [],
      name: 'Date is in a closed period',
      description: 'Provided date is in a closed period',
    })
  })

  it('reads every PlusAuth row, with 5xx as a status range and the stated content type', () => {
    const { errors, envelopes, warnings } = extract('plusauth')
    expect(errors).toHaveLength(14)
    expect(errors.at(-1)).toMatchObject({ statuses: [], statusClass: '5xx', code: 'server_error', contentType: 'application/json' })
    expect(envelopes).toEqual([{ error: '<ERROR_NAME>', error_description: '<ADDITIONAL_DESCRIPTION>', status: '<STATUS_CODE>' }])
    expect(warnings.map((warning) => warning.kind)).toEqual(['status-type-unclear'])
  })

  it('reads USTA run-together table cells, the three-line row, and the 404 of the API Responses table', () => {
    const { errors, warnings } = extract('usta')
    expect(errors.find((error) => error.code === 200601)).toMatchObject({ message: 'entity saving error: USPTA number must be unique' })
    expect(errors.find((error) => error.code === 5004)).toMatchObject({ message: 'no remaining amount', description: 'No remaining amount error.' })
    expect(errors.find((error) => error.code === 9002)).toMatchObject({ message: 'HTTP message not readable error' })
    expect(errors.filter((error) => error.section === 'API Responses')).toEqual([
      expect.objectContaining({ name: 'GET', statuses: [404], code: 3001, examples: [{ errorCode: 3001, message: 'entity not found' }] }),
      expect.objectContaining({ name: 'PUT PATCH', statuses: [404], code: 3001 }),
    ])
    expect(errors.every((error) => error.format === 'json')).toBe(true)
    expect(warnings.map((warning) => warning.kind)).toEqual(['two-envelope-shapes'])
  })
})

describe('rewordings that document no new error', () => {
  it("reads Docplanner's later wording of the content-type sentence as the same content type", () => {
    const page = snapshot('docplanner').replace(
      'Every response has specific Content-Type header:\n\nContent-Type: application/vnd.error+docplanner+json',
      'Error responses are sent with the Content-Type header set to application/vnd.error+docplanner+json.',
    )
    expect(page).not.toBe(snapshot('docplanner'))
    expect(driftOfPage('docplanner', page).changes).toEqual([])
  })
})

describe("the page's own contradictions", () => {
  it('warns of a status the prose mentions but no row documents, without calling it drift', () => {
    const page = insertLineAfter(
      snapshot('usta'),
      'API returns appropriate HTTP status code',
      'Clients sending too many requests may also receive 429, and a duplicate may receive 409.',
    )
    const { changes, warnings } = driftOfPage('usta', page)
    expect(changes).toEqual([])
    expect(warnings.filter((warning) => warning.kind === 'status-only-in-prose').map((warning) => warning.detail)).toEqual([
      expect.stringContaining('429'),
      expect.stringContaining('409'),
    ])
  })

  it('reports rows a later version of the USTA page adds (409, 429) as added', () => {
    const page = insertLineAfter(
      insertLineAfter(snapshot('usta'), '405Method not allowed', '409ConflictThe request conflicts with the current state of the resource'),
      '415Unsupported Media Type',
      '429Too many requestsToo many requests in the time window',
    )
    expect(driftOfPage('usta', page).changes.map((change) => [change.kind, change.status])).toEqual([
      ['added', 409],
      ['added', 429],
    ])
  })

  it('warns when an example body gives another status than its heading', () => {
    const page = snapshot('aplos').replace('"status": 401,', '"status": 400,')
    const { warnings } = driftOfPage('aplos', page)
    expect(warnings.map((warning) => warning.kind)).toContain('example-status-differs')
  })
})
