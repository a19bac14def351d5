import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { constants, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describeContacts, formatCommand } from './describe-contacts.ts'
import { findContactsInFile, type Contact } from './find-contacts.ts'
import { probeTracer, straceFlags } from './strace-tracer.ts'

/** What `npm run net-guard -- <command…>` was asked. */
export interface NetGuardOptions {
  command: readonly string[]
  /** Keep the trace in this file; by default it goes to a private temporary folder, removed afterwards (what a program sends is in it). */
  traceFile?: string | undefined
  /** The strace binary (a missing one skips the guard, visibly). */
  strace?: string
  log?: (line: string) => void
}

/** How a guarded run ended. */
export interface NetGuardResult {
  /** The command's exit status when it failed; else 1 when it broke the rule; else 0. */
  code: number
  /** Why the command ran untraced, when it did. */
  skipped?: string
  contacts: Contact[]
}

/**
 * Added to the command's environment: npm's own check for a newer npm (a request to the registry,
 * at most once a day, when `npm test` starts) is npm's traffic, not the tests'.
 */
const COMMAND_ENV = { npm_config_update_notifier: 'false' }

function run(program: string, args: readonly string[], log: (line: string) => void): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(program, [...args], { stdio: 'inherit', env: { ...process.env, ...COMMAND_ENV } })
    child.on('error', (error) => {
      log(`net-guard: could not start ${program}: ${error.message}`)
      resolve(127)
    })
    child.on('close', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)))
  })
}

/**
 * Runs a command under strace, then checks that it and every process it started contacted only
 * loopback (127.0.0.0/8, ::1) and local sockets, naming each process and address that did not.
 * Where strace cannot run, says why and runs the command untraced (its exit status is then the result).
 *
 * @example
 * const result = await runNetGuard({ command: ['npm', 'run', 'suite'] })
 * process.exitCode = result.code
 */
export async function runNetGuard(options: NetGuardOptions): Promise<NetGuardResult> {
  const log = options.log ?? ((line: string) => console.error(line))
  const shown = formatCommand(options.command)
  const probe = probeTracer(options.strace)
  if (!probe.ok) {
    log(`net-guard: skipped: ${probe.reason}; running ${shown} untraced`)
    return { code: await run(options.command[0]!, options.command.slice(1), log), skipped: probe.reason, contacts: [] }
  }
  const scratch = options.traceFile ? undefined : mkdtempSync(join(tmpdir(), 'net-guard-'))
  const traceFile = options.traceFile ?? join(scratch!, 'trace.txt')
  mkdirSync(dirname(traceFile), { recursive: true })
  try {
    log(`net-guard: tracing ${shown} (connect, sendto, sendmsg, sendmmsg of every process it starts)`)
    const commandCode = await run(probe.strace, [...straceFlags(traceFile, probe.seccomp), '--', ...options.command], log)
    const { contacts, seen } = await findContactsInFile(traceFile)
    if (seen.processes === 0) {
      log(`net-guard: FAIL: the trace of ${shown} recorded no process, so nothing was checked`)
      return { code: commandCode || 1, contacts }
    }
    if (contacts.length === 0) {
      log(`net-guard: ok: ${seen.calls} connects and sends by ${seen.processes} processes and threads, all to loopback or local sockets`)
    } else {
      log(`net-guard: FAIL: ${shown} contacted something other than loopback or a local socket (${contacts.length} of ${seen.calls} connects and sends):`)
      for (const line of describeContacts(contacts)) log(`  ${line}`)
      log(options.traceFile ? `net-guard: the trace is in ${traceFile}` : 'net-guard: npm run net-guard -- --trace <file> <command…> keeps the trace')
    }
    return { code: commandCode || (contacts.length > 0 ? 1 : 0), contacts }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  }
}
