import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { COMPILED_DIR, compiledEntry } from '../../scripts/lib/compile/compiled-entry.ts'

describe('compiledEntry', () => {
  it('builds plain JavaScript that plain node runs, with paths relative to each source file intact', async () => {
    const path = await compiledEntry('test/compile/support/print-paths.ts')
    expect(path.startsWith(COMPILED_DIR)).toBe(true)
    const printed = JSON.parse(execFileSync(process.execPath, [path], { encoding: 'utf8' })) as Record<string, string>
    expect(printed.projectRoot).toBe(PROJECT_ROOT)
    expect(printed.ownFile).toBe(`${PROJECT_ROOT}test/compile/support/print-paths.ts`)
  })

  it('keeps packages as imports instead of copying them in', async () => {
    const code = readFileSync(await compiledEntry('test/compile/support/print-paths.ts'), 'utf8')
    expect(code).toMatch(/from "zod"/)
  })

  it('builds an entry once per process', async () => {
    expect(await compiledEntry('test/compile/support/print-paths.ts')).toBe(await compiledEntry('test/compile/support/print-paths.ts'))
  })

  it('names the file when an entry does not compile', async () => {
    await expect(compiledEntry('test/compile/support/missing-entry.ts')).rejects.toThrow(/missing-entry\.ts/)
  })
})
