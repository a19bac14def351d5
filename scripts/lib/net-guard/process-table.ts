import type { StraceCall } from './strace-calls.ts'
import { balancedAt, indexesOutsideQuotes, quotedStrings } from './strace-text.ts'

/** The calls that start a process or thread; their result is the child's id. */
const SPAWNS: readonly string[] = ['clone', 'clone3', 'fork', 'vfork']
/** The calls that replace a process's program; its argv is the call's first `[…]`. */
const EXECS: readonly string[] = ['execve', 'execveat']

/**
 * Which command each process of a `strace -f` trace was running, from its `execve` calls and, for a
 * process or thread that never called one, from the process that started it (`clone`, `fork`).
 * Fed every call first, then asked: a child's first calls can come before its parent's `clone` returns.
 *
 * @example
 * const table = new ProcessTable()
 * for (const call of calls) table.observe(call)
 * table.commandAt(41, 120) // ['node', 'scripts/suite.ts']
 */
export class ProcessTable {
  readonly #execs = new Map<number, Array<{ seq: number; argv: string[] }>>()
  readonly #parents = new Map<number, { pid: number; seq: number }>()

  observe(call: StraceCall): void {
    if (SPAWNS.includes(call.syscall)) {
      const child = Number(/^\d+/.exec(call.result)?.[0])
      if (child > 0) this.#parents.set(child, { pid: call.pid, seq: call.seq })
    } else if (EXECS.includes(call.syscall) && !call.result.startsWith('-')) {
      const at = indexesOutsideQuotes(call.args, '[')[0]
      if (at === undefined) return
      const execs = this.#execs.get(call.pid) ?? []
      execs.push({ seq: call.seq, argv: quotedStrings(balancedAt(call.args, at)) })
      this.#execs.set(call.pid, execs)
    }
  }

  /** The argv `pid` was running at trace position `seq`, or undefined when the trace never says. */
  commandAt(pid: number, seq: number): string[] | undefined {
    const seen = new Set<number>()
    // A process that never called execve runs its parent's program as it was when the clone started.
    for (let at = { pid, seq } as { pid: number; seq: number } | undefined; at && !seen.has(at.pid); at = this.#parents.get(at.pid)) {
      seen.add(at.pid)
      const before = at.seq
      const latest = (this.#execs.get(at.pid) ?? []).filter((exec) => exec.seq <= before).at(-1)
      if (latest) return latest.argv
    }
    return undefined
  }
}
