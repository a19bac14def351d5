/** One system call from a `strace -f` trace, put back together when strace split it. */
export interface StraceCall {
  /** Position of the call's first line in the trace: calls of different processes are ordered by it. */
  seq: number
  /** The thread or process id strace printed (`-f`). */
  pid: number
  syscall: string
  /** Everything between the call's parentheses, as strace printed it. */
  args: string
  /** What follows `=`: `0`, `-1 ENOENT (No such file or directory)`, a child's pid, `?`. */
  result: string
}

const COMPLETE = /^(\d+) +(\w+)\((.*)\) += (.*)$/
const UNFINISHED = /^(\d+) +(\w+)\((.*?),? *<unfinished \.\.\.>$/
const RESUMED = /^(\d+) +<\.\.\. (\w+) resumed>(.*)\) += (.*)$/

/**
 * Reads a `strace -f` trace line by line and hands back whole calls: a call that another process
 * interrupted (`<unfinished ...>`, later `<... connect resumed>`) comes back once, when it resumes,
 * with the `seq` of its first line. Signals, exits and strace's own notes are skipped.
 *
 * @example
 * const reader = new StraceCallReader()
 * reader.read('41 connect(3, {sa_family=AF_UNIX, sun_path="/run/a"}, 110 <unfinished ...>') // undefined
 * reader.read('41 <... connect resumed>) = 0') // { seq: 0, pid: 41, syscall: 'connect', args: '3, {…}, 110', result: '0' }
 */
export class StraceCallReader {
  #seq = 0
  readonly #pending = new Map<number, { seq: number; syscall: string; args: string }>()

  read(line: string): StraceCall | undefined {
    const seq = this.#seq++
    const complete = COMPLETE.exec(line)
    if (complete) return { seq, pid: Number(complete[1]), syscall: complete[2]!, args: complete[3]!, result: complete[4]! }
    const unfinished = UNFINISHED.exec(line)
    if (unfinished) {
      this.#pending.set(Number(unfinished[1]), { seq, syscall: unfinished[2]!, args: unfinished[3]! })
      return undefined
    }
    const resumed = RESUMED.exec(line)
    if (!resumed) return undefined
    const pid = Number(resumed[1])
    const start = this.#pending.get(pid)
    this.#pending.delete(pid)
    if (!start || start.syscall !== resumed[2]) return { seq, pid, syscall: resumed[2]!, args: resumed[3]!, result: resumed[4]! }
    return {
      seq: start.seq,
      pid,
      syscall: start.syscall,
      args: `${start.args}${start.args && resumed[3] ? ', ' : ''}${resumed[3]!.replace(/^, */, '')}`,
      result: resumed[4]!,
    }
  }

  /** Takes the calls that never resumed (the process was killed inside them), with what strace printed of them. */
  takeUnfinished(): StraceCall[] {
    const calls = [...this.#pending].map(([pid, start]) => ({ pid, ...start, result: '?' }))
    this.#pending.clear()
    return calls
  }
}
