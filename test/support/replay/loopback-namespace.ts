import { spawn, spawnSync, type ChildProcess } from 'node:child_process'

/**
 * Run first in each new user and network namespace (`unshare -rn`): its only interface is loopback,
 * down until this brings it up. A server there that listens on 0.0.0.0 is reachable from inside the
 * namespace only, on 127.0.0.1.
 */
const SETUP = 'ip link set lo up'

let unavailable: string | null | undefined

/**
 * Why a loopback-only network namespace cannot be made here (no `unshare`, no `ip`, or no
 * permission for user/network namespaces), or undefined when it can. Checked once per process.
 *
 * @example
 * const reason = loopbackNamespaceUnavailable()
 * describe.skipIf(reason !== undefined)('…', () => {})
 */
export function loopbackNamespaceUnavailable(): string | undefined {
  if (unavailable === undefined) {
    const probe = spawnSync('unshare', ['-rn', 'sh', '-c', SETUP], { encoding: 'utf8', timeout: 10_000 })
    unavailable = probe.error
      ? `\`unshare\` cannot be run (${probe.error.message})`
      : probe.status === 0
        ? null
        : `\`unshare -rn sh -c '${SETUP}'\` failed with exit ${probe.status}: ${probe.stderr.trim() || 'no message'}`
  }
  return unavailable ?? undefined
}

/**
 * Spawns a program inside a fresh loopback-only network namespace; the namespace ends when the
 * program and its children exit.
 *
 * @example
 * const child = spawnInLoopbackNamespace(process.execPath, ['--import', 'tsx', 'runner.ts'], { cwd: PROJECT_ROOT })
 */
export function spawnInLoopbackNamespace(program: string, args: readonly string[], options: { cwd?: string } = {}): ChildProcess {
  const quoted = [program, ...args].map((word) => `'${word.replaceAll("'", `'\\''`)}'`).join(' ')
  return spawn('unshare', ['-rn', 'sh', '-c', `${SETUP} && exec ${quoted}`], { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] })
}
