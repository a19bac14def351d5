import { describe, expect, it } from 'vitest'
import { driftOfPage } from './support/drift-of-page.ts'
import { extract, snapshot } from './support/snapshot.ts'

describe('the Aplos doc extractor, on the stored snapshot', () => {
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
})

describe("Aplos: the page's own contradictions", () => {
  it('warns when an example body gives another status than its heading', () => {
    const page = snapshot('aplos').replace('"status": 401,', '"status": 400,')
    const { warnings } = driftOfPage('aplos', page)
    expect(warnings.map((warning) => warning.kind)).toContain('example-status-differs')
  })
})
