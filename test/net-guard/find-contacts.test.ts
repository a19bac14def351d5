import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContactFinder, findContactsInFile } from '../../scripts/lib/net-guard/find-contacts.ts'
import { CHROMIUM_TRACE, NODE_LOOPBACK_TRACE } from './support/recorded-strace.ts'

function contactsOf(lines: readonly string[]) {
  const finder = new ContactFinder()
  for (const line of lines) finder.read(line)
  return { contacts: finder.contacts(), seen: finder.seen() }
}

const NETWORK_SERVICE = ['/proc/self/exe', '--type=utility', '--utility-sub-type=network.mojom.NetworkService']

describe('ContactFinder', () => {
  it("finds Chromium's route probe and resolver lookup, each with the network service as its process", () => {
    expect(contactsOf(CHROMIUM_TRACE).contacts).toEqual([
      {
        pid: 15896,
        command: NETWORK_SERVICE,
        syscall: 'connect',
        address: { family: 'AF_INET6', host: '2001:4860:4860::8888', port: 443 },
        reason: expect.stringMatching(/off the machine/),
        result: '0',
      },
      {
        pid: 15896,
        command: NETWORK_SERVICE,
        syscall: 'connect',
        address: { family: 'AF_INET', host: '10.255.255.53', port: 53 },
        reason: expect.stringMatching(/resolver lookup/),
        result: '0',
      },
    ])
  })

  it('names the program a process ran when it made the contact, not one it ran before or after', () => {
    const { contacts } = contactsOf([
      '50 execve("/bin/sh", ["sh", "-c", "node probe.js"], 0x1 /* 3 vars */) = 0',
      '50 connect(3, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("192.0.2.1")}, 16) = -1 ENETUNREACH (Network is unreachable)',
      '50 execve("/usr/local/bin/node", ["node", "probe.js"], 0x1 /* 3 vars */) = -1 ENOENT (No such file or directory)',
      '50 execve("/usr/bin/node", ["node", "probe.js"], 0x1 /* 3 vars */) = 0',
      '50 connect(4, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("192.0.2.2")}, 16) = -1 ENETUNREACH (Network is unreachable)',
    ])
    expect(contacts.map((contact) => contact.command)).toEqual([
      ['sh', '-c', 'node probe.js'],
      ['node', 'probe.js'],
    ])
  })

  it('says when the trace never names the program of a process', () => {
    const { contacts } = contactsOf(['60 connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.1")}, 16) = 0'])
    expect(contacts.map((contact) => [contact.pid, contact.command])).toEqual([[60, undefined]])
  })

  it('finds nothing in a process that talks to loopback and local sockets only, and counts what it read', () => {
    expect(contactsOf(NODE_LOOPBACK_TRACE)).toEqual({ contacts: [], seen: { calls: 5, processes: 1 } })
  })

  it('reads a trace file as a stream', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'net-guard-test-'))
    try {
      writeFileSync(join(dir, 'trace.txt'), `${CHROMIUM_TRACE.join('\n')}\n`)
      const { contacts, seen } = await findContactsInFile(join(dir, 'trace.txt'))
      expect(contacts.map((contact) => contact.address)).toEqual(contactsOf(CHROMIUM_TRACE).contacts.map((contact) => contact.address))
      expect(seen.processes).toBe(4)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
