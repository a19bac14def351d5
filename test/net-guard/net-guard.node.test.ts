import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runNetGuard } from '../../scripts/lib/net-guard/run-net-guard.ts'
import { probeTracer } from '../../scripts/lib/net-guard/strace-tracer.ts'
import { runScript } from '../support/run-script.ts'

// Under a traced `npm test` (npm run net-guard -- npm test) strace may not trace again: these are skipped there.
const probe = probeTracer()
if (!probe.ok) console.log(`net-guard.node.test.ts: the traced runs are skipped: ${probe.reason}`)

/** Talks to a TCP server of its own on 127.0.0.1 and to a UNIX socket, then exits. */
const LOOPBACK_ONLY = `
const net = require('node:net')
const server = net.createServer((socket) => socket.end('ok')).listen(0, '127.0.0.1', () => {
  net.connect(server.address().port, '127.0.0.1').on('data', () => server.close()).on('close', () => {
    net.connect('/nonexistent/net-guard.sock').on('error', () => {})
  })
})`

/** Starts a child that prints its pid, then connects UDP sockets (which sends no packet) to a documentation address and to the systemd-resolved stub. */
const CHILD_OFF_MACHINE = `
const { execFileSync } = require('node:child_process')
process.stdout.write(execFileSync(process.execPath, ['-e', \`
  const dgram = require('node:dgram')
  console.log(process.pid)
  for (const [port, host] of [[9, '192.0.2.7'], [53, '127.0.0.53']]) {
    const socket = dgram.createSocket('udp4')
    socket.on('error', () => socket.close())
    socket.connect(port, host, () => socket.close())
  }
\`]))`

describe.skipIf(!probe.ok).concurrent('npm run net-guard, tracing with strace', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'net-guard-run-'))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('passes a command that talks only to loopback and local sockets, saying how much it checked', async () => {
    const run = await runScript('net-guard', [process.execPath, '-e', LOOPBACK_ONLY])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/net-guard: ok: [1-9]\d* connects and sends by [1-9]\d* processes and threads, all to loopback or local sockets/)
  })

  it('fails naming the pid, the command and the address when a process it started contacts anything else', async () => {
    const run = await runScript('net-guard', [process.execPath, '-e', CHILD_OFF_MACHINE])
    const pid = run.stdout.trim()
    expect(run.code).toBe(1)
    expect(pid).toMatch(/^\d+$/)
    expect(run.stderr).toContain(`pid ${pid} (${process.execPath} -e `)
    expect(run.stderr).toMatch(new RegExp(`pid ${pid} \\(.*\\): connect to 192\\.0\\.2\\.7:9, an address off the machine`))
    expect(run.stderr).toMatch(new RegExp(`pid ${pid} \\(.*\\): connect to 127\\.0\\.0\\.53:53, a resolver lookup`))
  })

  it('passes on the exit status of a command that failed, and keeps the trace where it is asked to', async () => {
    const traceFile = join(scratch, 'kept', 'trace.txt')
    const result = await runNetGuard({ command: [process.execPath, '-e', 'process.exit(7)'], traceFile, log: () => {} })
    expect(result).toEqual({ code: 7, contacts: [] })
    expect(readFileSync(traceFile, 'utf8')).toMatch(/^\d+ +execve\(/m)
  })
})

describe('npm run net-guard where strace cannot run', () => {
  it('says why and runs the command untraced, passing on its exit status', async () => {
    const lines: string[] = []
    const result = await runNetGuard({ command: [process.execPath, '-e', 'process.exit(3)'], strace: '/nonexistent/strace', log: (line) => lines.push(line) })
    expect(result).toEqual({ code: 3, skipped: expect.stringContaining('/nonexistent/strace is not installed'), contacts: [] })
    expect(lines).toEqual([expect.stringMatching(/^net-guard: skipped: \/nonexistent\/strace is not installed .*; running .* untraced$/)])
    expect(existsSync('/nonexistent/strace')).toBe(false)
  })
})
