import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { VENDOR_IDS, type VendorId } from '../../providers/vendor-ids.ts'
import { driftOfPage } from './support/drift-of-page.ts'
import { insertLineAfter, reindented, swap, withCrlf } from './support/page-edits.ts'

/** Two rows (or example bodies) of each page to swap. */
const SWAPS: Record<VendorId, [string, string]> = {
  plansource: ['"message": "Employee not found"', '"message": "Invalid coverage"'],
  docplanner: ['400 - Bad request Invalid syntax on a request', '404 - Not found Resource has not been found (might be deleted)'],
  aplos: ['1003: Revoked Token\u00a0The token was revoked.', '4007: Invalid Account Type\u00a0Account type is not the expected account type'],
  plusauth: [
    '401 invalid_audience Incorrect audience is used in access token.',
    '429 too_many_requests Too many requests received. For more details have a look at to Rate Limits',
  ],
  usta: ['3001entity not foundEntity was not found.', '6002empty passwordPassword cannot be empty.'],
}

/** A sentence that documents no error, added after a line of each page. */
const ADDED_PROSE: Record<VendorId, [string, string]> = {
  plansource: ['Frequently Asked Errors', 'This page was reviewed by our support team in March.'],
  docplanner: ['Monitoring Docplanner Status', 'Our status page also offers an RSS feed.'],
  aplos: ['HTTP Codes', 'Responses always include a version field describing the API version.'],
  plusauth: ['Rest API Errors Reference', 'See the guides for examples in several languages.'],
  usta: ['Scope', 'This page is maintained by the USTA Digital platform team.'],
}

/** Page chrome a capture may pick up around the content. */
const CHROME = 'Home  Docs  API Reference  Changelog\nSearch…\n\n'
const FOOTER = '\n\nDid this page help you?\n© 2025 All rights reserved. Privacy Terms'

function snapshot(vendor: VendorId): string {
  return readFileSync(join(PROJECT_ROOT, 'providers', 'doc-snapshots', `${vendor}.txt`), 'utf8')
}

describe.each(VENDOR_IDS)('drift of a reformatted %s page', (vendor) => {
  const cases: Array<[string, (page: string) => string]> = [
    ['with CRLF line endings', withCrlf],
    ['re-indented', reindented],
    ['with two rows swapped', (page) => swap(page, ...SWAPS[vendor])],
    ['with a sentence that documents no error', (page) => insertLineAfter(page, ADDED_PROSE[vendor][0], `\n${ADDED_PROSE[vendor][1]}`)],
    ['inside page chrome', (page) => `${CHROME}${page}${FOOTER}`],
    ['with everything at once', (page) => withCrlf(reindented(`${CHROME}${swap(page, ...SWAPS[vendor])}${FOOTER}`))],
  ]

  it.each(cases)('reports nothing %s', (_name, reformat) => {
    const page = reformat(snapshot(vendor))
    expect(page).not.toBe(snapshot(vendor))
    expect(driftOfPage(vendor, page).changes).toEqual([])
  })
})
