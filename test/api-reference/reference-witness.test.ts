import fs, { readdirSync, readFileSync } from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import { conventionFile } from '../../providers/vendor-conventions.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { reach } from '../support/reached-files.ts'
import { testedVendors } from '../support/tested-vendors.ts'

const READERS = ['readFileSync', 'readFile', 'openSync', 'open', 'createReadStream'] as const
const PROMISE_READERS = ['readFile', 'open'] as const

/** Runs `work` while every file read through node:fs is recorded; the readers are restored after. */
async function recordFileReads(work: () => Promise<void>): Promise<string[]> {
  const reads: string[] = []
  const originals = new Map<string, unknown>()
  const wrap = (owner: Record<string, unknown>, name: string, key: string) => {
    const original = owner[name] as (...args: unknown[]) => unknown
    originals.set(key, original)
    owner[name] = function (this: unknown, path: unknown, ...rest: unknown[]) {
      reads.push(String(path))
      return original.call(this, path, ...rest)
    }
  }
  for (const name of READERS) wrap(fs as unknown as Record<string, unknown>, name, name)
  for (const name of PROMISE_READERS) wrap(fs.promises as unknown as Record<string, unknown>, name, `promises.${name}`)
  syncBuiltinESMExports()
  try {
    await work()
  } finally {
    for (const name of READERS) (fs as unknown as Record<string, unknown>)[name] = originals.get(name)
    for (const name of PROMISE_READERS) (fs.promises as unknown as Record<string, unknown>)[name] = originals.get(`promises.${name}`)
    syncBuiltinESMExports()
  }
  return reads
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `${folder}/${file}`)
}

describe('the API reference stays a witness of its own', () => {
  afterEach(() => syncBuiltinESMExports())

  it.each(testedVendors())('the %s sandbox and client neither import the API reference nor name its file', (vendor) => {
    // The client's files; its contract binding and behaviour cases are the tests' glue, which reads the catalog.
    const glue = [conventionFile('contractBinding', vendor), conventionFile('behaviourCases', vendor)]
    const entries = [conventionFile('sandbox', vendor), ...sourceFiles(`consumers/${vendor}`).filter((file) => !glue.includes(file))]
    const reached = [...new Set(entries.flatMap((entry) => reach(entry).files))]
    expect(reached.filter((file) => file.startsWith('providers/api-reference/'))).toEqual([])
    expect(reached.filter((file) => readFileSync(join(PROJECT_ROOT, file), 'utf8').includes('api-reference'))).toEqual([])
  })

  it.each(testedVendors())('the %s sandbox reads no API reference file while it starts and answers', async (vendor) => {
    const reads = await recordFileReads(async () => {
      const sandbox = await startReferenceSandbox(vendor)
      try {
        await (await fetch(`${sandbox.url}/no-such-route`)).arrayBuffer()
      } finally {
        await sandbox.close()
      }
    })
    expect(reads.filter((path) => path.includes('api-reference'))).toEqual([])
  })

  it('records file reads (the recorder sees a read of the API reference)', async () => {
    const reads = await recordFileReads(async () => {
      readFileSync(join(PROJECT_ROOT, 'providers', VENDOR_IDS[0], 'catalog.json'))
      await fs.promises.readFile(join(PROJECT_ROOT, 'package.json'))
    })
    expect(reads.some((path) => path.endsWith('catalog.json'))).toBe(true)
    expect(reads.some((path) => path.endsWith('package.json'))).toBe(true)
  })
})
