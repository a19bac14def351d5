import { describe, expect, it } from 'vitest'
import { extract } from './support/snapshot.ts'

describe('the PlusAuth doc extractor, on the stored snapshot', () => {
  it('reads every PlusAuth row, with 5xx as a status range and the stated content type', () => {
    const { errors, envelopes, warnings } = extract('plusauth')
    expect(errors).toHaveLength(14)
    expect(errors.at(-1)).toMatchObject({ statuses: [], statusClass: '5xx', code: 'server_error', contentType: 'application/json' })
    expect(envelopes).toEqual([{ error: '<ERROR_NAME>', error_description: '<ADDITIONAL_DESCRIPTION>', status: '<STATUS_CODE>' }])
    expect(warnings.map((warning) => warning.kind)).toEqual(['status-type-unclear'])
  })
})
