import { describe, expect, it } from 'vitest'
import { RESOLVER_SOCKETS, ruleBrokenBy } from '../../scripts/lib/net-guard/contact-rule.ts'

const inet = (host: string, port: number) => ({ family: 'AF_INET', host, port }) as const
const inet6 = (host: string, port: number) => ({ family: 'AF_INET6', host, port }) as const

describe('ruleBrokenBy', () => {
  it('allows every address of 127.0.0.0/8, ::1 and IPv4-mapped loopback', () => {
    for (const address of [inet('127.0.0.1', 8080), inet('127.255.0.9', 1), inet6('::1', 443), inet6('::ffff:127.0.0.1', 80)]) {
      expect(ruleBrokenBy(address, true), JSON.stringify(address)).toBeUndefined()
    }
  })

  it('reports any other address, private, documentation or public, answered or not', () => {
    for (const address of [inet('10.255.255.53', 443), inet('192.0.2.7', 9), inet('0.0.0.0', 80), inet6('2001:4860:4860::8888', 443), inet6('fe80::1', 22)]) {
      expect(ruleBrokenBy(address, false), JSON.stringify(address)).toMatch(/off the machine/)
    }
  })

  it('counts port 53 anywhere as a resolver lookup, the systemd-resolved stub on 127.0.0.53 included', () => {
    for (const address of [inet('10.255.255.53', 53), inet('127.0.0.53', 53), inet6('2001:4860:4860::8888', 53)]) {
      expect(ruleBrokenBy(address, true), JSON.stringify(address)).toMatch(/resolver lookup/)
    }
  })

  it('allows local sockets: AF_UNIX, AF_NETLINK and AF_UNSPEC', () => {
    expect(ruleBrokenBy({ family: 'AF_UNIX', path: '/run/dbus/system_bus_socket' }, true)).toBeUndefined()
    expect(ruleBrokenBy({ family: 'AF_NETLINK' }, true)).toBeUndefined()
    expect(ruleBrokenBy({ family: 'AF_UNSPEC' }, true)).toBeUndefined()
  })

  it('counts reaching a local name-service daemon as a resolver lookup, and a failed connect to one as nothing', () => {
    for (const path of RESOLVER_SOCKETS) {
      expect(ruleBrokenBy({ family: 'AF_UNIX', path }, true), path).toMatch(/resolver lookup/)
      expect(ruleBrokenBy({ family: 'AF_UNIX', path }, false), path).toBeUndefined()
    }
  })

  it('reports a socket family that is neither loopback nor local', () => {
    expect(ruleBrokenBy({ family: 'other', name: 'AF_PACKET' }, true)).toMatch(/neither loopback nor local/)
  })
})
