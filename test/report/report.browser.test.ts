import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadAllCatalogs } from '../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { COLUMNS } from '../../scripts/lib/report/report-model.ts'
import { REPORT_FILES, writeReport } from '../../scripts/lib/report/write-report.ts'
import { chromiumMissing, launchChromium } from './support/headless-chromium.ts'
import { UNVERIFIED_VENDOR, writeFixtureInputs, type FixtureFacts } from './support/report-fixtures.ts'

/** A URL the report may load: its own file, inline data, or a server on loopback; never anything off the machine. */
function isLocalUrl(text: string): boolean {
  const url = new URL(text)
  return ['file:', 'data:', 'blob:', 'about:'].includes(url.protocol) || /^(127(\.\d{1,3}){3}|\[::1\])$/.test(url.hostname)
}

/** Where the screenshot goes: reports/ is ignored by git and uploaded by CI with the other reports. */
const SCREENSHOT = join(PROJECT_ROOT, 'reports', 'screenshots', 'report-matrix.png')

const missing = chromiumMissing()
if (missing) console.log(`report.browser.test.ts skipped: ${missing}`)

describe.skipIf(missing !== undefined)('report.html in headless Chromium', () => {
  const catalogs = loadAllCatalogs()
  const scratch = mkdtempSync(join(tmpdir(), 'report-browser-'))
  let browser: Awaited<ReturnType<typeof launchChromium>>
  let page: Page
  let facts: FixtureFacts
  let url: string
  let outDir: string
  const requests: string[] = []
  /** Every request of any page or worker of the browser, the report's own included. */
  const everyRequest: string[] = []
  const dialogs: string[] = []
  const pageErrors: string[] = []

  beforeAll(async () => {
    const fixture = writeFixtureInputs(scratch, catalogs)
    facts = fixture.facts
    writeReport(fixture.options)
    outDir = fixture.options.outDir
    url = pathToFileURL(join(outDir, REPORT_FILES.html)).href
    browser = await launchChromium()
    browser.context.on('request', (request) => everyRequest.push(request.url()))
    page = await browser.context.newPage()
    page.on('request', (request) => requests.push(request.url()))
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(url)
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    rmSync(scratch, { recursive: true, force: true })
  })

  it('shows one matrix per vendor, with the five columns in order', async () => {
    const matrices = await page.$$eval('table.matrix', (tables) =>
      tables.map((table) => ({
        vendor: table.getAttribute('data-vendor'),
        columns: [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim()),
      })),
    )
    expect(matrices.map((matrix) => matrix.vendor)).toEqual(catalogs.map((catalog) => catalog.vendor))
    for (const matrix of matrices) expect(matrix.columns).toEqual(['documented error', ...COLUMNS])
  })

  it('has a row for every documented error of every catalog, with a cell per column', async () => {
    for (const catalog of catalogs) {
      const rows = await page.$$eval(`table.matrix[data-vendor="${catalog.vendor}"] tbody tr`, (trs) =>
        trs.map((tr) => ({ entry: tr.getAttribute('data-entry'), cells: [...tr.querySelectorAll('td.cell')].map((td) => td.getAttribute('data-column')) })),
      )
      expect(rows.map((row) => row.entry)).toEqual(catalog.errors.map((entry) => entry.id))
      for (const row of rows) expect(row.cells).toEqual([...COLUMNS])
    }
  })

  it('links every cell, and every other in-page link, to an anchor that exists', async () => {
    const links = await page.$$eval('a[href^="#"]', (anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href')!, found: document.getElementById(anchor.getAttribute('href')!.slice(1)) !== null })),
    )
    const cells = catalogs.reduce((sum, catalog) => sum + catalog.errors.length, 0) * COLUMNS.length
    expect(links.length).toBeGreaterThan(cells)
    expect(links.filter((link) => !link.found).map((link) => link.href)).toEqual([])
  })

  it('opens the mismatch, field by field, when its cell is clicked', async () => {
    const { vendor, id } = facts.mismatched
    const cell = page.locator(`tr[data-entry="${id}"] td[data-column="verified"] a`).first()
    expect((await cell.textContent())?.trim()).toMatch(/^mismatch \(2\)$/)
    await cell.click()
    const target = `${vendor}--${id}--verified`
    expect(new URL(page.url()).hash).toBe(`#${target}`)
    const detail = page.locator(`#${target}`)
    await expect.poll(() => detail.isVisible()).toBe(true)
    expect((await detail.locator('table th').allTextContents()).map((text) => text.trim())).toEqual(['field', 'expected', 'actual', 'detail'])
    expect(await detail.textContent()).toContain('body $.errors.error_code')
    const box = await detail.boundingBox()
    // Scrolled into view: at the top of the viewport (less a sub-pixel the browser may round), not below it.
    expect(box && box.y > -1 && box.y < 900, `the mismatch detail is at ${JSON.stringify(box)}`).toBe(true)
  })

  it('shows results that are missing as not run, never as passed', async () => {
    const statuses = await page.$$eval(`table.matrix[data-vendor="${UNVERIFIED_VENDOR}"] td[data-column="verified"]`, (tds) => [
      ...new Set(tds.map((td) => td.getAttribute('data-status'))),
    ])
    expect(statuses).toEqual(['not-run'])
    expect((await page.locator(`table.matrix[data-vendor="${UNVERIFIED_VENDOR}"] td[data-column="verified"]`).first().textContent())?.trim()).toBe('not run')
  })

  it('runs no script and loads nothing, although vendor text on the page holds markup', async () => {
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
    expect(await page.locator('script, img, iframe, link[rel=stylesheet]').count()).toBe(0)
    expect(await page.content()).toContain('&lt;script&gt;window.pwned')
    expect(dialogs).toEqual([])
    expect(pageErrors).toEqual([])
    expect(requests.filter((request) => request !== url)).toEqual([])
  })

  it('writes JUnit XML that an XML parser reads, hostile vendor text included', async () => {
    for (const name of [REPORT_FILES.verifyJunit, REPORT_FILES.driftJunit]) {
      const xml = readFileSync(join(outDir, name), 'utf8')
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml')
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          cases: doc.querySelectorAll('testcase').length,
          root: doc.documentElement.nodeName,
        }
      }, xml)
      expect(parsed).toMatchObject({ error: null, root: 'testsuites' })
      expect(parsed.cases).toBeGreaterThanOrEqual(catalogs.reduce((sum, catalog) => sum + catalog.errors.length, 0))
    }
  })

  it('renders the matrix and takes a screenshot of it', async () => {
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true })
    await page.goto(`${url}#vendor-${facts.mismatched.vendor}`)
    await page.screenshot({ path: SCREENSHOT })
    const png = readFileSync(SCREENSHOT)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(png.length).toBeGreaterThan(20_000)
  })

  // Last, so that it sees the requests of every test before it.
  it('requests nothing but its own file, inline data and loopback, from any page of the browser', () => {
    expect(everyRequest).toContain(url)
    expect(everyRequest.filter((request) => !isLocalUrl(request))).toEqual([])
  })
})
