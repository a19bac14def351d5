import { describe, expect, it } from 'vitest'
import { extract } from './support/snapshot.ts'

describe('the PlanSource doc extractor, on the stored snapshot', () => {
  it('reads one PlanSource error per example body, with the status from its heading and code and message from the body', () => {
    const { errors } = extract('plansource')
    expect(errors).toHaveLength(10)
    expect(errors[0]).toMatchObject({ statuses: [], code: 'invalid_request', message: 'token has expired', name: 'Expired Token' })
    expect(errors.find((error) => error.message === 'Employee not found')).toMatchObject({ statuses: [404], code: 404, contentType: null })
  })
})
