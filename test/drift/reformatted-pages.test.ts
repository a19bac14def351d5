import { describe, expect, it } from 'vitest'
import { testedVendors } from '../support/tested-vendors.ts'
import { driftCasesOf } from './support/drift-cases.ts'
import { driftOfPage } from './support/drift-of-page.ts'
import { insertLineAfter, reindented, swap, withCrlf } from './support/page-edits.ts'
import { snapshot } from './support/snapshot.ts'

/** Page chrome a capture may pick up around the content. */
const CHROME = 'Home  Docs  API Reference  Changelog\nSearch…\n\n'
const FOOTER = '\n\nDid this page help you?\n© 2025 All rights reserved. Privacy Terms'

describe.each(testedVendors())('drift of a reformatted %s page', (vendor) => {
  // Two rows of the page to swap, and a sentence that documents no error: providers/<id>/drift-cases.ts.
  const { swap: rows, addedProse } = driftCasesOf(vendor)
  const cases: Array<[string, (page: string) => string]> = [
    ['with CRLF line endings', withCrlf],
    ['re-indented', reindented],
    ['with two rows swapped', (page) => swap(page, ...rows)],
    ['with a sentence that documents no error', (page) => insertLineAfter(page, addedProse[0], `\n${addedProse[1]}`)],
    ['inside page chrome', (page) => `${CHROME}${page}${FOOTER}`],
    ['with everything at once', (page) => withCrlf(reindented(`${CHROME}${swap(page, ...rows)}${FOOTER}`))],
  ]

  it.each(cases)('reports nothing %s', (_name, reformat) => {
    const page = reformat(snapshot(vendor))
    expect(page).not.toBe(snapshot(vendor))
    expect(driftOfPage(vendor, page).changes, vendor).toEqual([])
  })
})
