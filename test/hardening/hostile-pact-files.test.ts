import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { compareContracts } from '../../scripts/lib/generate-contracts.ts'
import { PactFileError } from '../../providers/verification/pact-file.ts'
import { recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import { readContractIndex } from '../../scripts/lib/report/contract-index.ts'
import { loadContracts } from '../../scripts/lib/verify/load-contracts.ts'
import { readPactFile } from '../../consumers/replay/read-pact-file.ts'
import { isReplayError } from '../../consumers/replay/replay-error.ts'
import './support/reliability-task-meta.ts'

/** The committed pact file every hostile copy stands in for: some vendor's (the first discovered one). */
const vendor = VENDOR_IDS[0]
const consumer = loadCatalog(vendor).consumer
const PACT_NAME = `${consumer}-${vendor}.json`
const committedPact = readFileSync(join(PROJECT_ROOT, 'contracts', PACT_NAME), 'utf8')
const parties = { consumer: { name: consumer }, provider: { name: vendor } }

/** Pact files that are not JSON or not a pact, keyed by what they are. */
const HOSTILE_PACT_FILES: Record<string, string | Uint8Array> = {
  'an empty file': '',
  'a file that is not JSON': '{ "consumer": { "name": ',
  'binary bytes': Uint8Array.from({ length: 256 }, (_, index) => (index * 37) % 256),
  'JSON null': 'null',
  'a JSON array': '[{"description":"employee-not-found"}]',
  'a JSON object without interactions': JSON.stringify(parties),
  'interactions that are not a list': JSON.stringify({ ...parties, interactions: 5 }),
  'an interaction without a description': JSON.stringify({ ...parties, interactions: [{ request: { method: 'GET', path: '/' } }] }),
  'another tool’s JSON (a package.json)': '{"name":"left-pad","version":"1.3.0","dependencies":{}}',
}

/** A folder holding one hostile file under the committed pact file's name. */
function folderWith(content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-pact-'))
  writeFileSync(join(dir, PACT_NAME), content)
  return dir
}

/** What a reader did with the folder: the error it threw, or the problems it reported. */
function thrownBy(read: () => unknown): unknown {
  try {
    read()
  } catch (error) {
    return error
  }
  return undefined
}

describe.each(Object.entries(HOSTILE_PACT_FILES))('a pact file that is %s', (_name, content) => {
  it('is refused by the contracts freshness check with an error naming the file', ({ task }) => {
    const fresh = mkdtempSync(join(tmpdir(), 'fresh-pact-'))
    copyFileSync(join(PROJECT_ROOT, 'contracts', PACT_NAME), join(fresh, PACT_NAME))
    const error = thrownBy(() => compareContracts(fresh, folderWith(content)))
    expect(error).toBeInstanceOf(Error)
    expect(error).not.toBeInstanceOf(TypeError)
    expect(error).not.toBeInstanceOf(SyntaxError)
    expect((error as Error).message).toContain(PACT_NAME)
    recordReliability(task.meta, { faults: 1 })
  })

  it('is refused by the MSW replay with a bad-pact-file error naming the file', ({ task }) => {
    const error = thrownBy(() => readPactFile(join(folderWith(content), PACT_NAME)))
    expect(isReplayError(error) && error.problem).toBe('bad-pact-file')
    expect((error as Error).message).toContain(PACT_NAME)
    recordReliability(task.meta, { faults: 1 })
  })

  it('is refused by the verifier with a PactFileError naming the file', ({ task }) => {
    const error = thrownBy(() => loadContracts(folderWith(content)))
    expect(error).toBeInstanceOf(PactFileError)
    expect((error as Error).message).toContain(PACT_NAME)
    recordReliability(task.meta, { faults: 1 })
  })

  it('is listed by the report as a problem naming the file, and contributes no interaction', ({ task }) => {
    const index = readContractIndex(folderWith(content), 'contracts')
    expect(index.problems).toHaveLength(1)
    expect(index.problems[0]).toContain(`contracts/${PACT_NAME}`)
    expect(index.files).toEqual([])
    expect(index.byVendor.size).toBe(0)
    recordReliability(task.meta, { faults: 1 })
  })
})

describe('a pact file whose JSON-encoded body is not JSON', () => {
  it('is refused by the MSW replay with a bad-pact-file error naming the file and interaction', ({ task }) => {
    const pact = JSON.parse(committedPact) as { interactions: Array<{ description: string; response: { body?: unknown } }> }
    const target = pact.interactions.find((interaction) => interaction.response.body !== undefined)!
    target.response.body = { content: '{"errors": {', contentType: 'application/json', encoded: 'json' }
    const error = thrownBy(() => readPactFile(join(folderWith(JSON.stringify(pact)), PACT_NAME)))
    expect(isReplayError(error) && error.problem).toBe('bad-pact-file')
    expect((error as Error).message).toContain(PACT_NAME)
    expect((error as Error).message).toContain(target.description)
    recordReliability(task.meta, { faults: 1 })
  })
})
