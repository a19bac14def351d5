import { describe, expect, it } from 'vitest'
import { formatAddress, socketAddresses } from '../../scripts/lib/net-guard/socket-address.ts'
import { RECORDED } from './support/recorded-strace.ts'

describe('socketAddresses', () => {
  it('reads the host and port of an IPv4 connect', () => {
    expect(socketAddresses(RECORDED.ipv4Dns)).toEqual([{ family: 'AF_INET', host: '10.255.255.53', port: 53 }])
  })

  it('reads the host and port of an IPv6 connect', () => {
    expect(socketAddresses(RECORDED.ipv6Probe)).toEqual([{ family: 'AF_INET6', host: '2001:4860:4860::8888', port: 443 }])
  })

  it('reads the path of an AF_UNIX socket, and an abstract name as @name without its padding', () => {
    expect(socketAddresses(RECORDED.unixPath)).toEqual([{ family: 'AF_UNIX', path: '/run/dbus/system_bus_socket' }])
    expect(socketAddresses(RECORDED.unixAbstract)).toEqual([{ family: 'AF_UNIX', path: '@ngx-abstract' }])
  })

  it('reads the AF_NETLINK address of a sendto, not the families inside the message it sends', () => {
    expect(socketAddresses(RECORDED.netlink)).toEqual([{ family: 'AF_NETLINK' }])
  })

  it('reads the address a sendmsg names, never look-alike text in the data it sends', () => {
    expect(socketAddresses(RECORDED.sendmsgWithLookalikeData)).toEqual([{ family: 'AF_INET', host: '127.0.0.1', port: 9 }])
  })

  it('finds no address in a send on a connected socket', () => {
    expect(socketAddresses(RECORDED.sendmmsgConnected)).toEqual([])
    expect(socketAddresses(RECORDED.sendtoConnected)).toEqual([])
  })

  it('names a family it does not decode as other, with the name strace gave', () => {
    expect(socketAddresses('7 connect(3, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_ALL), sll_ifindex=if_nametoindex("eth0")}, 20) = 0')).toEqual([
      { family: 'other', name: 'AF_PACKET' },
    ])
    expect(
      socketAddresses('7 connect(3, {sa_family=0x2c /* AF_??? */, sa_data="\\0"}, 16) = -1 EAFNOSUPPORT (Address family not supported by protocol)'),
    ).toEqual([{ family: 'other', name: '0x2c /* AF_??? */' }])
  })
})

describe('formatAddress', () => {
  it('writes IPv4 as host:port, IPv6 in brackets and a socket by its path', () => {
    expect(formatAddress({ family: 'AF_INET', host: '10.255.255.53', port: 53 })).toBe('10.255.255.53:53')
    expect(formatAddress({ family: 'AF_INET6', host: '2001:4860:4860::8888', port: 443 })).toBe('[2001:4860:4860::8888]:443')
    expect(formatAddress({ family: 'AF_UNIX', path: '/run/nscd/socket' })).toBe('unix socket /run/nscd/socket')
  })
})
