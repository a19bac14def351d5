import { describe, expect, it } from 'vitest'
import { comparableErrors } from '../../providers/doc-pages/comparable-errors.ts'
import { configuredExtractor } from '../../providers/doc-pages/configured-extractor.ts'
import { isDocPageError } from '../../providers/doc-pages/doc-page-error.ts'
import { blankError, type DocumentedError } from '../../providers/doc-pages/documented-error.ts'
import { htmlBlocks } from '../../providers/doc-pages/html-blocks.ts'
import { textBlocks } from '../../providers/doc-pages/text-blocks.ts'

const origin = { vendor: 'acme', source: 'test' }
const page = (extra: Record<string, unknown>) => ({ page: 'https://docs.acme.example/errors', cellSeparator: ' ', ...extra })
const fields = (errors: readonly DocumentedError[]) =>
  errors.map(({ statuses, statusClass, code, name, message, description, section }) => ({ statuses, statusClass, code, name, message, description, section }))

describe('a status table read by the extractor kit', () => {
  const docPage = page({
    markers: { 'the "Errors" title': '/^Errors$/' },
    sections: { lines: '/^Errors$/' },
    tables: [
      {
        section: '/^Errors$/',
        columns: [{ field: 'status', pattern: '\\d{3}(?: ?, ?\\d{3})*|[45]xx' }, { field: 'name' }, { field: 'description' }],
        ignoreCase: true,
        line: '/^(?<status>\\d{3}(?:, \\d{3})*|[45]xx) - (?<name>[^:]+): (?<description>.+)$/i',
      },
    ],
  })
  const extract = configuredExtractor(docPage)
  const text =
    'Acme API\nErrors\nResponses are sent as Content-Type: application/json.\n200 - OK: It worked.\n404 - Not Found: No such order.\n500, 503 - Failing: Try again.\n5XX - Server: Anything else on our side.\n'
  const html = `<h1>Acme API</h1><h2>Errors</h2><p>Responses are sent as Content-Type: application/json.</p>
    <table><tr><th>Status</th><th>Name</th><th>Description</th></tr><tr><td>200</td><td>OK</td><td>It worked.</td></tr>
    <tr><td>404</td><td>Not Found</td><td>No such order.</td></tr><tr><td>500, 503</td><td>Failing</td><td>Try again.</td></tr>
    <tr><td>5XX</td><td>Server</td><td>Anything else on our side.</td></tr></table>`

  it('reads one error per error row, with a list of statuses or a range, and skips success rows', () => {
    expect(fields(extract(textBlocks(text), origin).errors)).toEqual([
      { statuses: [404], statusClass: null, code: null, name: 'Not Found', message: null, description: 'No such order.', section: 'Errors' },
      { statuses: [500, 503], statusClass: null, code: null, name: 'Failing', message: null, description: 'Try again.', section: 'Errors' },
      { statuses: [], statusClass: '5xx', code: null, name: 'Server', message: null, description: 'Anything else on our side.', section: 'Errors' },
    ])
  })

  it('reads the HTML table cell by cell to the same errors as the captured lines', () => {
    expect(comparableErrors(extract(htmlBlocks(html), origin))).toEqual(comparableErrors(extract(textBlocks(text), origin)))
  })

  it('applies the content type the prose states to every error', () => {
    expect(extract(textBlocks(text), origin).errors.map((error) => error.contentType)).toEqual(['application/json', 'application/json', 'application/json'])
  })

  it('refuses a page without the landmarks, as not the vendor’s page', () => {
    const refused = (() => {
      try {
        return extract(textBlocks('Other site\n404 - Not Found: No such page.\n'), origin)
      } catch (error) {
        return error
      }
    })()
    expect(isDocPageError(refused) && refused.problem).toBe('not-the-vendor-page')
  })
})

describe('a code table read by the extractor kit', () => {
  it('splits a capture that runs the cells together, and reads a row whose cells stand on lines of their own', () => {
    const extract = configuredExtractor(
      page({
        cellSeparator: '',
        markers: { 'the "Error Codes" title': '/^Error Codes$/' },
        sections: { headings: false, lines: '/^Error Codes$/' },
        tables: [
          {
            section: '/^Error Codes$/',
            columns: [{ field: 'code', pattern: '\\d{4,}' }, { field: 'message' }, { field: 'description' }],
            line: '/^(?<code>\\d{4,})(?<rest>\\D.*)$/',
            rest: { into: ['message', 'description'], by: 'run-together' },
            cellsOnLines: true,
          },
        ],
      }),
    )
    const errors = extract(
      textBlocks('Error Codes\n3001entity not foundEntity was not found.\n5004\nno remaining amount\nNo remaining amount error.\n'),
      origin,
    ).errors
    expect(errors.map(({ code, message, description, evidence }) => ({ code, message, description, evidence }))).toEqual([
      { code: 3001, message: 'entity not found', description: 'Entity was not found.', evidence: '3001entity not foundEntity was not found.' },
      {
        code: 5004,
        message: 'no remaining amount',
        description: 'No remaining amount error.',
        evidence: '5004\nno remaining amount\nNo remaining amount error.',
      },
    ])
  })

  it('divides a line at a no-break space, labels rows by the sub-heading above them, and goes on over continuation lines', () => {
    const extract = configuredExtractor(
      page({
        markers: { 'the "Codes" title': '/^Codes$/' },
        sections: { headings: false, lines: '/^Codes$/' },
        tables: [
          {
            section: '/^Codes$/',
            line: '/^(?<code>\\d{4}): (?<rest>.+)$/',
            rest: { into: ['name', 'description'], by: 'no-break-space' },
            continuation: '/^[a-z(]/',
            label: 'last-prose',
          },
        ],
      }),
    )
    const errors = extract(textBlocks('Codes\nAuthorization\n1001: Client Disabled\u00a0The client is disabled\n(until an admin enables it).\n'), origin).errors
    expect(fields(errors)).toEqual([
      {
        statuses: [],
        statusClass: null,
        code: 1001,
        name: 'Client Disabled',
        message: null,
        description: 'The client is disabled (until an admin enables it).',
        section: 'Authorization',
      },
    ])
  })
})

describe('JSON examples read by the extractor kit', () => {
  it('keeps an example of the error format as the page’s envelope', () => {
    const extract = configuredExtractor(page({ markers: { 'the name': '/Acme/' }, examples: [{ envelope: true }] }))
    expect(extract(textBlocks('Acme errors look like this:\n{"error": {"code": "<CODE>"}}\n'), origin).envelopes).toEqual([{ error: { code: '<CODE>' } }])
  })

  it('reads one error per item of a body that lists several, by the first shape the body is of', () => {
    const extract = configuredExtractor(
      page({
        markers: { 'the name': '/Acme/' },
        examples: [{ errors: { items: 'errors', fields: [{ when: 'errors', code: 'errorCode', message: 'message' }] } }],
      }),
    )
    const { errors } = extract(
      textBlocks('Acme\n{"errors": [{"errorCode": 3001, "message": "not found"}, {"errorCode": 5000, "message": "invalid"}]}\n'),
      origin,
    )
    expect(errors.map(({ code, message }) => ({ code, message }))).toEqual([
      { code: 3001, message: 'not found' },
      { code: 5000, message: 'invalid' },
    ])
  })

  it('gives an example under a row the row’s status, and warns where the body says another', () => {
    const extract = configuredExtractor(
      page({
        markers: { 'the name': '/Acme/' },
        tables: [{ line: '/^(?<status>\\d{3}): (?<name>.+)$/' }],
        examples: [{ errors: { fields: { status: 'status', code: 'code' }, under: 'row', caption: '/^Example/' } }],
      }),
    )
    const { errors, warnings } = extract(textBlocks('Acme\n401: Unauthorized\nExample:\n{"status": 403, "code": 1002}\n'), origin)
    expect(errors[1]).toMatchObject({ statuses: [401, 403], code: 1002, section: '401: Unauthorized', evidence: 'Example:\n{"status": 403, "code": 1002}' })
    expect(warnings).toEqual([{ kind: 'example-status-differs', detail: 'an example under "401: Unauthorized" has status 403' }])
  })

  it('reads sections titled by a status: the examples under one take its status, and one without an example is an error of its own', () => {
    const extract = configuredExtractor(
      page({
        markers: { 'the name': '/Acme/' },
        sections: { lines: '/^(\\d{3}|Expired Token)$/' },
        examples: [{ errors: { fields: { code: 'error', message: 'error_description' }, under: 'section', statusSections: true } }],
      }),
    )
    const { errors } = extract(
      textBlocks('Acme\nExpired Token\nThe token timed out.\n{"error": "invalid_request", "error_description": "token has expired"}\n404\nNo such route.\n'),
      origin,
    )
    expect(fields(errors)).toEqual([
      {
        statuses: [],
        statusClass: null,
        code: 'invalid_request',
        name: 'Expired Token',
        message: 'token has expired',
        description: 'The token timed out.',
        section: 'Expired Token',
      },
      { statuses: [404], statusClass: null, code: null, name: null, message: null, description: 'No such route.', section: '404' },
    ])
  })
})

describe('a vendor’s quirks beside its configuration', () => {
  it('takes the blocks it claims, adds the errors it read before the prose applies, and finishes the page', () => {
    const extract = configuredExtractor(page({ markers: { 'the name': '/Acme/' } }), () => {
      const seen: string[] = []
      return {
        claim: (block) => block.kind === 'text' && block.text.startsWith('QUIRK ') && seen.push(block.text) > 0,
        errors: () => seen.map((line) => ({ ...blankError('', line), statuses: [418] })),
        finish: (read) => ({ ...read, warnings: [...read.warnings, { kind: 'quirk', detail: `${seen.length} quirky lines` }] }),
      }
    })
    const read = extract(textBlocks('Acme answers with Content-Type: text/plain.\nQUIRK teapot\n'), origin)
    expect(read.errors).toMatchObject([{ statuses: [418], contentType: 'text/plain', evidence: 'QUIRK teapot' }])
    expect(read.warnings).toEqual([{ kind: 'quirk', detail: '1 quirky lines' }])
  })
})

describe('doc-page.json as the kit reads it', () => {
  it('is refused on first use, naming the file and the field, when a pattern is not one', () => {
    const extract = configuredExtractor(page({ markers: { 'the name': 'Acme' } }))
    expect(() => extract([], origin)).toThrow(/providers\/acme\/doc-page\.json: vendor "acme": field "markers\.the name": a pattern is written like a literal/)
  })
})
