import { describe, expect, it } from 'vitest'
import { driftOfPage } from './support/drift-of-page.ts'
import { insertLineAfter } from './support/page-edits.ts'
import { extract, snapshot } from './support/snapshot.ts'

describe('the USTA doc extractor, on the stored snapshot', () => {
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

describe("USTA: the page's own contradictions", () => {
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
})
