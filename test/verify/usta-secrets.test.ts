import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import { REPORT_WRITERS } from '../../scripts/lib/verify/formats/index.ts'
import type { VerificationReport } from '../../scripts/lib/verify/verification-report.ts'
import { verifyCommand } from '../../scripts/lib/verify/verify-command.ts'
import { testEnv } from './support/verify-run.ts'

const tag = Math.random().toString(36).slice(2, 10)
const CANARY = { secret: `canary-secret-${tag}`, expiredToken: `canary-expired-${tag}`, liveToken: `canary-live-${tag}`, clientId: `canary-client-${tag}` }

/** Every form a canary could leak in: as is, URL-encoded, base64, and inside a Basic header. */
function leakForms(): string[] {
  const basic = Buffer.from(`${CANARY.clientId}:${CANARY.secret}`).toString('base64')
  return [CANARY.secret, CANARY.expiredToken, CANARY.liveToken]
    .flatMap((value) => [value, encodeURIComponent(value), Buffer.from(value).toString('base64')])
    .concat(basic)
}

/**
 * A hostile "real sandbox": it issues the canary live token and answers every other request with a
 * 400 whose error code echoes the request's Authorization header and body, so every secret we send
 * comes back where the verifier shows the actual value of a mismatch.
 */
let echo: { url: string; close(): void }
let outDir: string
beforeAll(async () => {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      response.setHeader('content-type', 'application/json')
      if (request.url?.startsWith('/oauth2/token')) return response.end(JSON.stringify({ access_token: CANARY.liveToken, expires_in: 3600 }))
      response.statusCode = 400
      const echoed = `${request.headers.authorization ?? ''} ${Buffer.concat(chunks).toString('utf8')}`
      response.end(JSON.stringify({ errors: [{ errorCode: echoed, message: echoed }] }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  echo = { url, close: () => server.close() }
  outDir = mkdtempSync(join(tmpdir(), 'verify-canary-'))
})
afterAll(() => {
  echo.close()
  rmSync(outDir, { recursive: true, force: true })
})

describe('secrets during verification', () => {
  it('never shows a canary client secret or token in the terminal, the reports or the error messages', async ({ task }) => {
    const env = await testEnv({
      USTA_SANDBOX_URL: echo.url,
      USTA_TOKEN_URL: `${echo.url}/oauth2/token`,
      USTA_CLIENT_ID: CANARY.clientId,
      USTA_CLIENT_SECRET: CANARY.secret,
      USTA_EXPIRED_TOKEN: CANARY.expiredToken,
      USTA_OTHER_PROVIDER_UAID: '2000000002',
    })
    const terminal: string[] = []
    const io = { stdout: { write: (text: string) => terminal.push(text) }, stderr: { write: (text: string) => terminal.push(text) }, env }
    const out = join(outDir, 'verify.json')
    const code = await verifyCommand(['--vendor', 'usta', '--format', 'json', '--out', out, '--rate', '1000'], io)
    expect(code).toBe(1)

    const json = readFileSync(out, 'utf8')
    const report = JSON.parse(json) as VerificationReport
    expect(report.vendors[0]).toMatchObject({ targetKind: 'real', target: echo.url })
    // The echo did carry secrets back into the mismatches: redaction, not luck, kept them out.
    expect(json).toContain('[redacted]')
    const ledger = readFileSync(join(outDir, 'assumptions.json'), 'utf8')
    const outputs = [terminal.join(''), json, ledger, ...Object.values(REPORT_WRITERS).map((write) => write(report))]
    const leaks = outputs.flatMap((output) => leakForms().filter((form) => output.includes(form)))
    recordReliability(task.meta, { faults: 1, scanned: outputs.length, secretsFound: leaks.length })
    expect(leaks, 'canary forms found in the outputs').toEqual([])
    // The atomic writes left no temporary file behind: the report and, beside it, the assumption ledger.
    expect(readdirSync(outDir).sort()).toEqual(['assumptions.json', 'verify.json'])
  }, 120_000)

  it('refuses a target URL that carries credentials, without repeating them', async () => {
    const terminal: string[] = []
    const io = { stdout: { write: (text: string) => terminal.push(text) }, stderr: { write: (text: string) => terminal.push(text) }, env: await testEnv() }
    const code = await verifyCommand(['--target', `usta=http://user:${CANARY.secret}@127.0.0.1:9`], io)
    expect(code).toBe(3)
    expect(terminal.join('')).toContain('--target usta: the URL must not carry credentials')
    expect(terminal.join('')).not.toContain(CANARY.secret)
  })
})
