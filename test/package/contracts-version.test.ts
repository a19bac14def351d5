import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { versionProblem } from '../../scripts/lib/release/version-check.ts'

describe('the package version', () => {
  it('changes whenever contracts/ changes (contracts-version.json records the contracts of this version)', () => {
    expect(versionProblem(PROJECT_ROOT) ?? 'the version matches contracts/').toBe('the version matches contracts/')
  })
})
