import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { planNewVendor } from '../../scripts/lib/new-vendor/plan-new-vendor.ts'

const scratch = mkdtempSync(join(tmpdir(), 'new-vendor-plan-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const TODAY = '2026-12-03'
/** The unseen page of the scratch-copy test: a status table, a code table and one JSON example, as HTML. */
const HTML_PAGE = join(PROJECT_ROOT, 'test/fixtures/unseen-page/wombat-errors.html')
const html = planNewVendor({ id: 'wombat', page: HTML_PAGE, name: 'Wombat Ledger', filesOnly: true }, PROJECT_ROOT, TODAY)
const entry = (id: string) => html.catalog.errors.find((item) => item.id === id)!
const assumed = (id: string) => entry(id).assumed.map((assumption) => assumption.field)

describe('a new vendor planned from an HTML page', () => {
  it('drafts one entry per error the kit reads: each status row, each code row and the example', () => {
    expect(html.catalog.errors.map((item) => `${item.id} ${item.status}`)).toEqual([
      'bad-request 400',
      'unauthorized 401',
      'not-found 404',
      'too-many-requests 429',
      'service-unavailable 503',
      'ledger-closed 400',
      'entry-unbalanced 400',
      'account-not-found 404',
      'duplicate-reference 409',
      'ledger-closed-example 400',
    ])
    expect(html.catalog.errors.every((item) => item.draft.length > 10)).toBe(true)
  })

  it('takes what the page states as stated, and marks every other value assumed', () => {
    expect(entry('not-found')).toMatchObject({ status: 404, code: null, message: 'The ledger or entry does not exist.', contentType: 'application/json' })
    expect(assumed('not-found')).toEqual(['body', 'request'])
    expect(entry('ledger-closed')).toMatchObject({
      code: 'ledger_closed',
      message: 'The ledger is closed for posting.',
      stable: ['error.code', 'error.message'],
    })
    expect(assumed('ledger-closed')).toEqual(['status', 'body.error.request_id', 'request'])
    expect(entry('duplicate-reference').assumed[0]).toEqual({
      field: 'status',
      reason: 'the page gives no status for this error; 409 is a guess from its words',
    })
    expect(entry('ledger-closed-example').body).toEqual({
      error: { code: 'ledger_closed', message: 'The ledger is closed for posting.', request_id: 'req_7Hk2mQ9x' },
    })
  })

  it('asks for each draft through the placeholder operation, and fails the vendor-side errors through a provider state', () => {
    expect(entry('not-found').request).toEqual({
      operation: 'toFillIn',
      method: 'GET',
      path: '/to-fill-in/not-found',
      args: { draft: 'not-found' },
      trigger: 'to fill in: the request that provokes it',
    })
    expect(entry('service-unavailable').state).toEqual({ name: 'the Wombat Ledger API is failing with {status}', params: { status: 503 } })
  })

  it('keeps the page as served, captures it as text, and reads it by its headings, tables and example', () => {
    expect(html.page.text).toContain('404 | Not Found | The ledger or entry does not exist.')
    expect(html.docPage).toMatchObject({
      page: 'https://developers.wombat-ledger.example/reference/errors',
      cellSeparator: ' | ',
      markers: { 'the title "Wombat Ledger API"': '/^Wombat Ledger API$/', 'the name "Wombat Ledger"': '/Wombat Ledger/i' },
      examples: [{ section: '/^Error response$/', envelope: true, errors: { fields: { code: 'error.code', message: 'error.message' } } }],
    })
    expect(html.envelope).toMatchObject({ code: ['error', 'code'], message: ['error', 'message'], contentType: 'application/json' })
  })

  it('chooses drift cases that drift reports exactly', () => {
    expect(html.drift.added).toMatchObject({ code: 'newly_documented_error' })
    expect(html.drift.removed.id).toBe('bad-request')
  })
})

describe('a new vendor planned from a text capture', () => {
  it('reads space-separated status rows with codes, takes the page’s stand-in format as the body, and makes an HTML page of it', () => {
    const file = join(scratch, 'acme.txt')
    writeFileSync(
      file,
      [
        'Acme API',
        '',
        'Errors are returned in JSON format, for example:',
        '{"error": "<ERROR_CODE>", "error_description": "<DESCRIPTION>"}',
        'Error responses',
        '401 invalid_token The access token is not valid.',
        '404 order_not_found No order has this id.',
        '5xx server_error Something failed on our side.',
        '',
      ].join('\n'),
    )
    const text = planNewVendor({ id: 'acme', page: file, filesOnly: true }, PROJECT_ROOT, TODAY)
    expect(text.catalog.errors.map(({ id, status, code, body }) => ({ id, status, code, body }))).toEqual([
      { id: 'invalid-token', status: 401, code: 'invalid_token', body: { error: 'invalid_token', error_description: 'The access token is not valid.' } },
      { id: 'order-not-found', status: 404, code: 'order_not_found', body: { error: 'order_not_found', error_description: 'No order has this id.' } },
      { id: 'server-error', status: 500, code: 'server_error', body: { error: 'server_error', error_description: 'Something failed on our side.' } },
    ])
    expect(text.catalog.errors[2]!.assumed.map((assumption) => assumption.field)).toEqual(['status', 'contentType', 'body.error_description', 'request'])
    expect(text.docPage).toMatchObject({ page: 'https://acme.invalid/errors', cellSeparator: ' ', note: expect.stringContaining('to fill in') })
    expect(text.page.html).toContain('<tr><td>404</td><td>order_not_found</td><td>No order has this id.</td></tr>')
  })
})
