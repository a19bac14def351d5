import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { catalogPath } from '../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { formatCatalogJson } from '../../scripts/lib/assumptions/format-catalog-json.ts'
import { jsonLayout, layoutJson } from '../../scripts/lib/assumptions/json-layout.ts'

describe('writing a catalog back', () => {
  it.each(VENDOR_IDS)('lays out the %s catalog exactly as its file when nothing changed', async (vendor) => {
    const text = readFileSync(join(PROJECT_ROOT, catalogPath(vendor)), 'utf8')
    const value = JSON.parse(text) as unknown
    expect(await formatCatalogJson(value, jsonLayout(text, value), vendor)).toBe(text)
  })

  it('keeps expanded objects expanded, joins the others, and ignores braces inside strings', () => {
    const text = '{\n  "a": { "b": "{\\n" },\n  "c": {\n    "d": 1\n  }\n}\n'
    const value = JSON.parse(text) as { a: object; c: object }
    expect(layoutJson(value, jsonLayout(text, value))).toBe('{\n"a":{"b":"{\\n"},"c":{\n"d":1}}')
  })

  it('changes only the lines of the assumption that gets a verdict', async () => {
    const vendor = VENDOR_IDS[0]
    const text = readFileSync(join(PROJECT_ROOT, catalogPath(vendor)), 'utf8')
    const value = JSON.parse(text) as { errors: Array<{ assumed: Array<Record<string, unknown>> }> }
    const layout = jsonLayout(text, value)
    const assumption = value.errors.flatMap((entry) => entry.assumed)[0]!
    assumption.verdict = { verdict: 'confirmed', target: 'https://sandbox.vendor.test', checkedAt: '2026-01-02T03:04:05.000Z' }
    const written = (await formatCatalogJson(value, layout, vendor)).split('\n')
    const before = text.split('\n')
    const changed = written.filter((line) => !before.includes(line))
    expect(changed.join('\n')).toContain(
      '"verdict": { "verdict": "confirmed", "target": "https://sandbox.vendor.test", "checkedAt": "2026-01-02T03:04:05.000Z" }',
    )
    expect(changed.length).toBeLessThanOrEqual(6)
    expect(written.length - before.length).toBeLessThanOrEqual(5)
  })
})
