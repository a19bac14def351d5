import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { SYNTHETIC_BASE_VENDOR, writeSyntheticCatalog } from '../../scripts/lib/bench/synthetic-catalog.ts'

describe('writeSyntheticCatalog', () => {
  const roots: string[] = []
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true })
  })

  it('writes a catalog of the asked size that the real loader accepts, with unique ids', () => {
    roots.push(writeSyntheticCatalog(25))
    const catalog = loadCatalog(SYNTHETIC_BASE_VENDOR, roots[0])
    expect(catalog.errors).toHaveLength(25)
    expect(new Set(catalog.errors.map((entry) => entry.id)).size).toBe(25)
  })

  it('renames the consumer when asked, so a warm-up vendor writes its own pact file', () => {
    roots.push(writeSyntheticCatalog(3, { consumer: 'bench-warm-up' }))
    expect(loadCatalog(SYNTHETIC_BASE_VENDOR, roots[1]).consumer).toBe('bench-warm-up')
  })

  it('refuses a size that is not a positive integer', () => {
    expect(() => writeSyntheticCatalog(0)).toThrow(Error)
  })
})
