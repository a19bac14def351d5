import { describe, expect, it } from 'vitest'
import { CatalogEntry } from '../../providers/catalog/catalog-schema.ts'
import { loadAllCatalogs } from '../../providers/catalog/load-catalog.ts'
import { isPending, pendingReason } from '../../providers/catalog/pending-reason.ts'

/** A committed entry that is not pending, to mark as a draft. */
const entry = loadAllCatalogs()
  .flatMap((catalog) => catalog.errors)
  .find((candidate) => candidate.pending === undefined)!

describe('a draft catalog entry', () => {
  it('is pending until a person reviews it, with its draft reason', () => {
    const draft = { ...entry, draft: 'written by npm run new-vendor; not reviewed yet' }
    expect(isPending(entry)).toBe(false)
    expect(isPending(draft)).toBe(true)
    expect(pendingReason(draft)).toBe('draft: written by npm run new-vendor; not reviewed yet')
  })

  it('keeps its own pending reason when it has one', () => {
    expect(pendingReason({ pending: 'the reference reads it otherwise', draft: 'not reviewed yet, still' })).toBe('the reference reads it otherwise')
  })

  it('needs a reason that says what is left to review', () => {
    const parsed = CatalogEntry.safeParse({ ...entry, draft: 'todo' })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['draft'], message: expect.stringContaining('say why the entry is a draft') })
  })
})
