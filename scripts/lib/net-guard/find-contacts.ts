import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { ruleBrokenBy } from './contact-rule.ts'
import { ProcessTable } from './process-table.ts'
import { socketAddresses, type SocketAddress } from './socket-address.ts'
import { StraceCallReader, type StraceCall } from './strace-calls.ts'

/** The calls that name where a socket goes. */
export const CONTACT_CALLS: readonly string[] = ['connect', 'sendto', 'sendmsg', 'sendmmsg']

/** One call that contacted something other than loopback or a local socket. */
export interface Contact {
  pid: number
  /** The process's argv at the time, or undefined when the trace does not say. */
  command: string[] | undefined
  syscall: string
  address: SocketAddress
  /** Why this breaks the rule (see `ruleBrokenBy`). */
  reason: string
  /** What the call returned: `0`, `-1 ENETUNREACH (Network is unreachable)`. */
  result: string
}

/**
 * Reads a `strace -f -e trace=connect,sendto,sendmsg,sendmmsg,execve,clone,…` trace a line at a
 * time and lists every contact that breaks the rule, each with the process that made it.
 *
 * @example
 * const finder = new ContactFinder()
 * for (const line of trace.split('\n')) finder.read(line)
 * finder.contacts() // [{ pid: 15896, command: ['/usr/lib/chromium/chromium', …], address: { host: '10.255.255.53', port: 53, … }, … }]
 */
export class ContactFinder {
  readonly #calls = new StraceCallReader()
  readonly #processes = new ProcessTable()
  readonly #found: Array<Omit<Contact, 'command'> & { seq: number }> = []
  readonly #seen = { calls: 0, pids: new Set<number>() }

  read(line: string): void {
    const call = this.#calls.read(line)
    if (call) this.#take(call)
  }

  contacts(): Contact[] {
    for (const call of this.#calls.takeUnfinished()) this.#take(call)
    return this.#found.map(({ seq, ...contact }) => ({ ...contact, command: this.#processes.commandAt(contact.pid, seq) }))
  }

  /** How much the trace held: contact calls read, and processes and threads seen making any traced call. */
  seen(): { calls: number; processes: number } {
    return { calls: this.#seen.calls, processes: this.#seen.pids.size }
  }

  #take(call: StraceCall): void {
    this.#processes.observe(call)
    this.#seen.pids.add(call.pid)
    if (!CONTACT_CALLS.includes(call.syscall)) return
    this.#seen.calls++
    for (const address of socketAddresses(call.args)) {
      const reason = ruleBrokenBy(address, !call.result.startsWith('-'))
      if (reason) this.#found.push({ seq: call.seq, pid: call.pid, syscall: call.syscall, address, reason, result: call.result })
    }
  }
}

/**
 * {@link ContactFinder} over a whole trace file, read as a stream (a traced `npm test` writes megabytes).
 *
 * @example
 * const { contacts, seen } = await findContactsInFile('/tmp/net-guard-x/trace.txt')
 */
export async function findContactsInFile(path: string): Promise<{ contacts: Contact[]; seen: { calls: number; processes: number } }> {
  const finder = new ContactFinder()
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) finder.read(line)
  return { contacts: finder.contacts(), seen: finder.seen() }
}
