import { spawnSync } from 'node:child_process'
import { CONTACT_CALLS } from './find-contacts.ts'

/** The calls the guard traces: every contact, and the calls that say which process made it. */
export const TRACED_CALLS: readonly string[] = [...CONTACT_CALLS, 'execve', 'execveat', 'clone', 'clone3', 'fork', 'vfork']

/** Whether strace can trace here, and with which flags; or why not. */
export type TracerProbe = { ok: true; strace: string; seccomp: boolean } | { ok: false; reason: string }

/**
 * strace's flags for a trace into `traceFile`: follow every child (`-f`), no notes on attaching or
 * exits (`-qq`), no signals, strings long enough for a command line's arguments, only
 * {@link TRACED_CALLS}, and `--seccomp-bpf` where it works (the untraced calls then run at full
 * speed, which keeps a traced `npm test` close to an untraced one).
 *
 * @example
 * spawn('strace', [...straceFlags('/tmp/trace.txt', true), '--', 'npm', 'test'])
 */
export function straceFlags(traceFile: string, seccomp: boolean): string[] {
  return ['-f', ...(seccomp ? ['--seccomp-bpf'] : []), '-qq', '-e', 'signal=none', '-s', '256', '-e', `trace=${TRACED_CALLS.join(',')}`, '-o', traceFile]
}

function tryTrace(strace: string, seccomp: boolean): { ok: true } | { ok: false; reason: string } {
  const run = spawnSync(strace, [...straceFlags('/dev/null', seccomp), '--', process.execPath, '-e', '0'], { encoding: 'utf8', timeout: 30_000 })
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
    return { ok: false, reason: `${strace} is not installed (Debian: apt-get install -y strace)` }
  if (run.error) return { ok: false, reason: `${strace} could not start: ${run.error.message}` }
  if (run.status === 0) return { ok: true }
  const said = run.stderr.trim().split('\n').at(-1) || `exit ${run.status ?? run.signal}`
  return { ok: false, reason: `${strace} cannot trace here (${said}); ptrace is not permitted, or this is already being traced` }
}

/**
 * Whether `strace` can trace a child process here: installed, allowed to ptrace (a container
 * without CAP_SYS_PTRACE, or a process already under a tracer, is not), and whether it can use
 * `--seccomp-bpf`.
 *
 * @example
 * const probe = probeTracer()
 * if (!probe.ok) console.log(`skipped: ${probe.reason}`)
 */
export function probeTracer(strace = 'strace'): TracerProbe {
  const fast = tryTrace(strace, true)
  if (fast.ok) return { ok: true, strace, seccomp: true }
  const slow = tryTrace(strace, false)
  return slow.ok ? { ok: true, strace, seccomp: false } : slow
}
