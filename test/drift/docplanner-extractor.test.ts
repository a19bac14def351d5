import { describe, expect, it } from 'vitest'
import { driftOfPage } from './support/drift-of-page.ts'
import { extract, snapshot } from './support/snapshot.ts'

describe('the Docplanner doc extractor, on the stored snapshot', () => {
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
})

describe('Docplanner: rewordings that document no new error', () => {
  it("reads Docplanner's later wording of the content-type sentence as the same content type", () => {
    const page = snapshot('docplanner').replace(
      'Every response has specific Content-Type header:\n\nContent-Type: application/vnd.error+docplanner+json',
      'Error responses are sent with the Content-Type header set to application/vnd.error+docplanner+json.',
    )
    expect(page).not.toBe(snapshot('docplanner'))
    expect(driftOfPage('docplanner', page).changes).toEqual([])
  })
})
