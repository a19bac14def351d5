import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import { scriptCommand } from '../support/run-script.ts'
import { testedVendors } from '../support/tested-vendors.ts'

/** Some vendor: the first tested one. */
const vendor = testedVendors()[0]!

/** A route no vendor documents: each sandbox answers it in its vendor's own way. */
const UNKNOWN_ROUTE = '/no-such-route'

async function answerOf(url: string): Promise<{ status: number; body: string }> {
  const answer = await fetch(`${url}${UNKNOWN_ROUTE}`)
  return { status: answer.status, body: await answer.text() }
}

describe('npm run sandbox', () => {
  it('prints the URL it listens on, answers as the vendor, and stops on SIGTERM', async () => {
    const [program, prefix] = await scriptCommand('sandbox')
    const child = spawn(program, [...prefix, '--vendor', vendor, '--port', '0'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out)
        if (match) resolve(match[1]!)
      })
      child.once('exit', (code) => reject(new Error(`exited with ${code} before listening`)))
    })
    // It answers as the vendor's reference sandbox started in-process does.
    const inProcess = await startReferenceSandbox(vendor)
    try {
      expect(await answerOf(url)).toEqual(await answerOf(inProcess.url))
    } finally {
      await inProcess.close()
    }
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  }, 30_000)

  it('refuses an unknown vendor with a message naming it', async () => {
    const [program, prefix] = await scriptCommand('sandbox')
    const child = spawn(program, [...prefix, '--vendor', 'acme'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)))
    expect(code).toBe(1)
    expect(err).toContain('unknown vendor "acme"')
  }, 30_000)
})
