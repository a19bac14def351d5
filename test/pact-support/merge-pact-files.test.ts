import { PactV4 } from '@pact-foundation/pact'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mergePactFiles, type PactFileText } from '../contract/support/merge-pact-files.ts'
import { PactParts } from '../contract/support/pact-parts.ts'
import { runSettled } from '../contract/support/settle-mock-server.ts'

const scratch = mkdtempSync(join(tmpdir(), 'merge-pact-test-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Interactions in no particular order, with a unicode description, a float and a provider state. */
const INTERACTIONS = [
  { description: 'zeta: the last one', path: '/z', status: 500, body: { ratio: 0.125, big: 12345678901 } },
  { description: 'alpha: the first one', path: '/a', status: 404, body: { message: 'Ünïcode “quoted” \\ / \t' }, state: 'an item with id {id} exists' },
  { description: 'Mid: capitalised sorts before lower case', path: '/m', status: 409, body: { list: [1, 2, 3], empty: {} } },
  { description: 'beta: second', path: '/b', status: 422, body: null },
]

/** Writes one interaction with pact-js into `dir`, the way the contract loop does. */
async function writeInteraction(dir: string, spec: (typeof INTERACTIONS)[number]): Promise<void> {
  let builder = new PactV4({ consumer: 'merge-consumer', provider: 'merge-provider', dir, logLevel: 'error' }).addInteraction()
  if (spec.state) builder = builder.given(spec.state, { id: 7 })
  await builder
    .uponReceiving(spec.description)
    .withRequest('GET', spec.path)
    .willRespondWith(spec.status, (response) => {
      if (spec.body !== null) response.jsonBody(spec.body)
    })
    // Waits for the mock server's records as the contract loop does (test/contract/support/STEADINESS.md).
    .executeTest((mockServer) => runSettled(mockServer, async () => (await fetch(`${mockServer.url}${spec.path}`)).text()))
}

function readParts(root: string): PactFileText[] {
  return readdirSync(root).flatMap((part) =>
    readdirSync(join(root, part)).map((name) => ({ file: join(root, part, name), text: readFileSync(join(root, part, name), 'utf8') })),
  )
}

describe('mergePactFiles', () => {
  const shared = join(scratch, 'shared')
  const parts = join(scratch, 'parts')

  beforeAll(async () => {
    for (const spec of INTERACTIONS) await writeInteraction(shared, spec)
    for (const [index, spec] of INTERACTIONS.entries()) await writeInteraction(join(parts, String(index)), spec)
  })

  it('gives the same bytes as pact-core merging every interaction into one file', () => {
    const expected = readFileSync(join(shared, 'merge-consumer-merge-provider.json'), 'utf8')
    expect(mergePactFiles(readParts(parts))).toBe(expected)
  })

  it('gives the same bytes whatever order the parts come in', () => {
    const files = readParts(parts)
    expect(mergePactFiles([...files].reverse())).toBe(mergePactFiles(files))
  })

  it('keeps an interaction written twice once', () => {
    const files = readParts(parts)
    expect(mergePactFiles([...files, files[0]!])).toBe(mergePactFiles(files))
  })

  it('names the file that belongs to another consumer', () => {
    const files = readParts(parts)
    const stranger = { file: 'elsewhere/other.json', text: files[0]!.text.replace('"merge-consumer"', '"other-consumer"') }
    expect(() => mergePactFiles([...files, stranger])).toThrow(/elsewhere\/other\.json/)
  })

  it('rejects a file that is not a pact file, naming it', () => {
    expect(() => mergePactFiles([{ file: 'broken.json', text: '{"interactions": []}' }])).toThrow(/broken\.json/)
  })
})

describe('PactParts', () => {
  it('writes the merged pact file once every expected part is there, and removes its scratch folder', async () => {
    const out = join(scratch, 'out-complete')
    const parts = new PactParts(out)
    parts.open()
    for (const [index, spec] of INTERACTIONS.entries()) await writeInteraction(parts.dirFor(index), spec)
    const scratchDir = join(parts.dirFor(0), '..')
    const result = parts.close(INTERACTIONS.length)
    expect(result).toEqual({ written: join(out, 'merge-consumer-merge-provider.json'), parts: 4, expected: 4 })
    expect(readdirSync(out)).toEqual(['merge-consumer-merge-provider.json'])
    expect(existsSync(scratchDir)).toBe(false)
  })

  it('leaves the out folder untouched when an interaction did not write its part', async () => {
    const out = join(scratch, 'out-incomplete')
    const parts = new PactParts(out)
    parts.open()
    await writeInteraction(parts.dirFor(0), INTERACTIONS[0]!)
    expect(parts.close(2)).toEqual({ parts: 1, expected: 2 })
    expect(existsSync(out)).toBe(false)
  })
})
