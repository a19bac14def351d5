import { describe, expect, it } from 'vitest'
import { conventionFile } from '../../providers/vendor-conventions.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { driftCasesOf } from './support/drift-cases.ts'
import { changeKeys, driftOfPage } from './support/drift-of-page.ts'
import { snapshot } from './support/snapshot.ts'

describe.each(testedVendors())('drift of an edited %s page', (vendor) => {
  const { edits } = driftCasesOf(vendor)

  it('reports nothing for the stored snapshot', () => {
    expect(driftOfPage(vendor, snapshot(vendor)).changes).toEqual([])
  })

  it('has edits that add and remove a documented error', () => {
    const kinds = new Set(edits.flatMap((edit) => edit.expected().map((change) => change.kind)))
    expect(
      ['added', 'removed'].filter((kind) => !kinds.has(kind as never)),
      `${vendor}: ${conventionFile('driftCases', vendor)} needs an edit drift reports as each of these kinds`,
    ).toEqual([])
  })

  it.each(edits.map((edit) => [edit.name, edit] as const))('reports exactly the change when %s', (_name, edit) => {
    const page = edit.edit(snapshot(vendor))
    expect(page, `${vendor}: the edit "${edit.name}" changed nothing`).not.toBe(snapshot(vendor))
    expect(changeKeys(driftOfPage(vendor, page).changes), `${vendor}: ${edit.name}`).toEqual(changeKeys(edit.expected() as never))
  })
})
