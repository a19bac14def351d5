import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WEBHOOK_CATALOG_PATH } from '../../providers/docplanner/webhook-catalog.ts'
import { runDrift } from '../../scripts/lib/drift/run-drift.ts'
import { scratchRoot } from './support/scratch-root.ts'

describe("Docplanner's webhook catalog, which its page also documents", () => {
  it('makes Docplanner an error named "catalog" when it cannot be loaded, with its file in the message', async () => {
    const scratchProject = scratchRoot()
    try {
      writeFileSync(join(scratchProject.root, WEBHOOK_CATALOG_PATH), '{ not json')
      const report = await runDrift({ vendors: ['docplanner'], root: scratchProject.root })
      expect(report.vendors[0]).toMatchObject({ outcome: 'error', error: { problem: 'catalog' } })
      expect(report.vendors[0]!.error!.message).toContain('webhook-catalog.json')
    } finally {
      scratchProject.remove()
    }
  })
})
