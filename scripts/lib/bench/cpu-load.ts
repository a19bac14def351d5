import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import type { CpuLoad } from './bench-types.ts'

/** The core a pinned run and its busy neighbour share. */
const PINNED_CORE = '0'

/** How a child process is started under a {@link CpuLoad}: the command prefix, and what to stop afterwards. */
export interface LoadedCommand {
  /** Prepended to the child's command (`taskset -c 0` when pinned). */
  prefix: string[]
  /** What load is actually applied (`none` when `taskset` is missing). */
  applied: CpuLoad
  /** Stops the busy neighbour, if one was started. */
  stop(): void
}

/**
 * Prepares a CPU load for a child process: `pin` runs it on one core (its Node thread and the
 * Pact mock server's threads then compete for that core, the condition the mock server's
 * bookkeeping race needs), `busy` also starts a busy loop on the same core. Only that one core
 * is loaded, and only while the child runs; call `stop()` afterwards.
 *
 * @example
 * const load = startCpuLoad('pin')
 * spawnSync(load.prefix[0] ?? 'node', [...load.prefix.slice(1), 'node_modules/.bin/vitest', 'run'])
 * load.stop()
 */
export function startCpuLoad(load: CpuLoad): LoadedCommand {
  if (availableLoad(load) === 'none') return { prefix: [], applied: 'none', stop() {} }
  const prefix = ['taskset', '-c', PINNED_CORE]
  let busy: ChildProcess | undefined
  if (load === 'busy') {
    busy = spawn('taskset', ['-c', PINNED_CORE, process.execPath, '-e', 'for (;;) {}'], { stdio: 'ignore' })
  }
  return {
    prefix,
    applied: load,
    stop() {
      if (busy?.pid !== undefined && busy.exitCode === null) busy.kill('SIGKILL')
    },
  }
}

/**
 * The load that can actually be applied here: `none` when `taskset` is missing.
 *
 * @example
 * availableLoad('pin') // 'pin' on Linux with util-linux, else 'none'
 */
export function availableLoad(load: CpuLoad): CpuLoad {
  return load === 'none' || !hasTaskset() ? 'none' : load
}

function hasTaskset(): boolean {
  return spawnSync('taskset', ['-c', PINNED_CORE, 'true'], { stdio: 'ignore' }).status === 0
}
