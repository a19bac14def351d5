import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkServedCoverage, formatCoverage, servingTestFiles } from '../support/replay/served-coverage.ts'

const scratch = mkdtempSync(join(tmpdir(), 'served-coverage-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const contractsDir = join(scratch, 'contracts')
const servedDir = join(scratch, 'served')
mkdirSync(contractsDir)
mkdirSync(servedDir)
const interaction = (description: string) => ({ description, request: { method: 'GET', path: '/x' }, response: { status: 404 } })
const pact = { consumer: { name: 'app' }, provider: { name: 'acme' }, interactions: ['gone: a', 'lost: b', 'moved: c'].map(interaction) }
writeFileSync(join(contractsDir, 'app-acme.json'), JSON.stringify(pact))
// Two workers, each with a file of its own; both were served "gone".
const served = (...descriptions: string[]) => descriptions.map((description) => `${JSON.stringify({ file: 'app-acme.json', description })}\n`).join('')
writeFileSync(join(servedDir, 'served-101-0.jsonl'), served('gone: a'))
writeFileSync(join(servedDir, 'served-202-1.jsonl'), served('gone: a', 'moved: c'))

describe('replay coverage', () => {
  it('names every interaction no worker was served', () => {
    const result = checkServedCoverage({ servedDir, ranFiles: servingTestFiles(), contractsDir })
    expect(result).toEqual({ kind: 'unserved', total: 3, unserved: [{ vendor: 'acme', id: 'lost', key: 'app-acme.json › lost: b' }] })
    expect(formatCoverage(result)).toContain(`replay('acme', 'lost')`)
  })

  it('concludes nothing when a test file that replays did not run', () => {
    const [first, ...rest] = servingTestFiles()
    const result = checkServedCoverage({ servedDir, ranFiles: rest, contractsDir })
    expect(result.kind === 'partial-run' && result.missingFiles.some((file) => first!.endsWith(file))).toBe(true)
  })
})
