import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'

/** Every project file an entry reaches through relative imports, and every package it names. */
function reach(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    for (const match of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/gm)) {
      const specifier = match[1] ?? match[2]!
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier))
      else packages.add(specifier)
    }
  }
  visit(join(PROJECT_ROOT, entry))
  return { files: [...files].map((file) => relative(PROJECT_ROOT, file)).sort(), packages: [...packages].sort() }
}

describe('the reference sandboxes as a witness', () => {
  it.each(VENDOR_IDS)('the %s sandbox reaches no catalog, contract, consumer, verification or test code', (vendor) => {
    const { files, packages } = reach(`providers/${vendor}/sandbox/index.ts`)
    expect(files.length).toBeGreaterThan(3)
    expect(
      files.filter(
        (file) => !file.startsWith(`providers/${vendor}/sandbox/`) && !file.startsWith('providers/sandbox-kit/') && file !== 'providers/vendor-ids.ts',
      ),
    ).toEqual([])
    expect(packages.filter((name) => !name.startsWith('node:') && name !== 'zod')).toEqual([])
  })

  it('follows imports (the sandbox kit reaches its own files only)', () => {
    const { files } = reach('providers/sandbox-kit/start-sandbox-server.ts')
    expect(files).toContain('providers/sandbox-kit/drift.ts')
    expect(files.every((file) => file.startsWith('providers/sandbox-kit/'))).toBe(true)
  })
})
