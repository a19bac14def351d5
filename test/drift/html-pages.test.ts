import { describe, expect, it } from 'vitest'
import { comparableErrors } from '../../providers/doc-pages/comparable-errors.ts'
import { loadDocPageData } from '../../providers/doc-pages/doc-page-data.ts'
import { readDocPage } from '../../providers/doc-pages/extract-doc-page.ts'
import { renderPageText } from '../../providers/doc-pages/page-text.ts'
import type { VendorId } from '../../providers/vendor-ids.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { driftOfPage } from './support/drift-of-page.ts'
import { htmlPage as fixture, snapshot } from './support/snapshot.ts'

function read(vendor: VendorId, page: string, form: 'text' | 'html') {
  return readDocPage({ vendor, source: `${vendor}.${form}`, bytes: Buffer.from(page), form })
}

describe.each(testedVendors())('the %s page as the live site serves it (HTML)', (vendor) => {
  it('extracts the same documented errors as its text capture', () => {
    const fromHtml = read(vendor, fixture(vendor), 'html').page
    const fromText = read(vendor, snapshot(vendor), 'text').page
    expect(comparableErrors(fromHtml)).toEqual(comparableErrors(fromText))
    expect(fromHtml.envelopes).toEqual(fromText.envelopes)
  })

  it('is read with its markup: parsed blocks, not lines of text', () => {
    const { blocks, form } = read(vendor, fixture(vendor), 'html')
    expect(form).toBe('html')
    expect(blocks.some((block) => block.kind === 'heading')).toBe(true)
    expect(blocks.some((block) => block.kind === 'code' || block.kind === 'row')).toBe(true)
    const markup = /<\/?(p|div|span|a|strong|code|pre|table|tr|td|th|h[1-6]|ul|li)\b[^>]*>/
    expect(blocks.filter((block) => markup.test(block.kind === 'row' ? block.cells.join(' ') : block.text))).toEqual([])
  })

  it('reports no drift against the catalog', () => {
    expect(driftOfPage(vendor, fixture(vendor), 'html').changes).toEqual([])
  })

  it('renders as a text capture that reads as the same errors', () => {
    const fromHtml = read(vendor, fixture(vendor), 'html')
    const rendered = renderPageText(fromHtml.blocks, loadDocPageData(vendor).cellSeparator)
    expect(comparableErrors(read(vendor, rendered, 'text').page)).toEqual(comparableErrors(fromHtml.page))
    expect(driftOfPage(vendor, rendered).changes).toEqual([])
  })
})
