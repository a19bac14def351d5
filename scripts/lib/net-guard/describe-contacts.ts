import type { Contact } from './find-contacts.ts'
import { formatAddress } from './socket-address.ts'

/** How much of a command line a finding shows: enough to tell `chromium --type=utility` from `node scripts/verify.ts`. */
const COMMAND_CHARS = 160

/**
 * The command line on one line, as a shell would quote it (runs of white space in an argument
 * shown as one space), cut to {@link COMMAND_CHARS} characters.
 *
 * @example
 * formatCommand(['node', '-e', 'say("hi")']) // `node -e 'say("hi")'`
 */
export function formatCommand(argv: readonly string[] | undefined): string {
  if (!argv?.length) return 'command unknown'
  const quoted = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)
  const line = argv.map((arg) => quoted(arg.replace(/\s+/g, ' ').trim())).join(' ')
  return line.length > COMMAND_CHARS ? `${line.slice(0, COMMAND_CHARS - 1)}…` : line
}

/**
 * One line per process and address that broke the rule, the same call repeated counted once
 * (`×10`), in the order they first happened; at most `limit` lines, then how many more.
 *
 * @example
 * describeContacts(contacts)
 * // ['pid 15896 (/usr/lib/chromium/chromium --type=utility …): connect to 10.255.255.53:53, a resolver lookup (DNS, port 53), ×6']
 */
export function describeContacts(contacts: readonly Contact[], limit = 40): string[] {
  const groups = new Map<string, { contact: Contact; times: number }>()
  for (const contact of contacts) {
    const key = `${contact.pid}\u0000${contact.syscall}\u0000${formatAddress(contact.address)}\u0000${formatCommand(contact.command)}`
    const group = groups.get(key)
    if (group) group.times++
    else groups.set(key, { contact, times: 1 })
  }
  const lines = [...groups.values()].map(
    ({ contact, times }) =>
      `pid ${contact.pid} (${formatCommand(contact.command)}): ${contact.syscall} to ${formatAddress(contact.address)}, ${contact.reason}${times > 1 ? `, ×${times}` : ''}`,
  )
  return lines.length > limit ? [...lines.slice(0, limit), `… and ${lines.length - limit} more`] : lines
}
