import { describe, expect, it } from 'vitest'
import { describeContacts, formatCommand } from '../../scripts/lib/net-guard/describe-contacts.ts'
import type { Contact } from '../../scripts/lib/net-guard/find-contacts.ts'

const lookup = (pid: number, host = '10.255.255.53'): Contact => ({
  pid,
  command: ['/proc/self/exe', '--type=utility'],
  syscall: 'connect',
  address: { family: 'AF_INET', host, port: 53 },
  reason: 'a resolver lookup (DNS, port 53)',
  result: '0',
})

describe('describeContacts', () => {
  it('names the pid, the command and the address, and counts a repeated contact once', () => {
    expect(describeContacts([lookup(7), lookup(7), lookup(7), lookup(8)])).toEqual([
      'pid 7 (/proc/self/exe --type=utility): connect to 10.255.255.53:53, a resolver lookup (DNS, port 53), ×3',
      'pid 8 (/proc/self/exe --type=utility): connect to 10.255.255.53:53, a resolver lookup (DNS, port 53)',
    ])
  })

  it('stops after the limit and says how many more there are', () => {
    const lines = describeContacts(
      Array.from({ length: 5 }, (_, at) => lookup(at)),
      2,
    )
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe('… and 3 more')
  })
})

describe('formatCommand', () => {
  it('quotes what a shell would split, cuts a long command line and says when there is none', () => {
    expect(formatCommand(['node', '-e', "say('hi')"])).toBe(`node -e 'say('\\''hi'\\'')'`)
    expect(formatCommand(['x', 'y'.repeat(400)])).toHaveLength(160)
    expect(formatCommand(undefined)).toBe('command unknown')
  })
})
