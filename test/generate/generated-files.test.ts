import { describe, expect, it } from 'vitest'
import { GENERATE_COMMAND } from '../../providers/vendor-conventions.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { discoverVendors } from '../../scripts/lib/generate/discover-vendors.ts'
import { generate } from '../../scripts/lib/generate/generated-files.ts'

/** Every generated file, rendered from the vendors' folders and contracts/ as they are now. */
const results = await generate({ write: false })

describe('what names every vendor is generated, never edited by hand', () => {
  it('knows every vendor with a providers/<id>/catalog.json, and no other', () => {
    expect([...VENDOR_IDS], `providers/vendors.generated.ts lists other vendors than providers/*/catalog.json: run \`${GENERATE_COMMAND}\``).toEqual(
      discoverVendors(),
    )
  })

  it.each(results.map((result) => [result.file, result] as const))('%s is fresh', (file, result) => {
    expect(result.problem, result.problem).toBeUndefined()
    expect(result.stale, `${file} is stale: run \`${GENERATE_COMMAND}\` and commit the result`).toBe(false)
  })
})
