import type { SocketAddress } from './socket-address.ts'

/** DNS: a connect or send to this port is a lookup, whichever resolver (a remote one, the systemd-resolved stub at 127.0.0.53, a local cache) answers it. */
export const RESOLVER_PORT = 53

/**
 * The local daemons that look names up for a program (systemd-resolved's varlink socket, nscd):
 * reaching one is a lookup, which it may send on to the network. A failed connect (no such
 * socket, the usual case) reached nothing.
 */
export const RESOLVER_SOCKETS: readonly string[] = ['/run/systemd/resolve/io.systemd.Resolve', '/var/run/nscd/socket', '/run/nscd/socket']

const isLoopback: Record<'AF_INET' | 'AF_INET6', (host: string) => boolean> = {
  AF_INET: (host) => host.startsWith('127.'),
  AF_INET6: (host) => host === '::1' || host.startsWith('::ffff:127.'),
}

function internetRule(address: { family: 'AF_INET' | 'AF_INET6'; host: string; port: number }): string | undefined {
  if (address.port === RESOLVER_PORT) return 'a resolver lookup (DNS, port 53)'
  return isLoopback[address.family](address.host) ? undefined : 'an address off the machine (only loopback is allowed)'
}

/** Why contacting each family breaks the rule, or undefined when it does not. */
const RULES: { [F in SocketAddress['family']]: (address: Extract<SocketAddress, { family: F }>, reached: boolean) => string | undefined } = {
  AF_INET: internetRule,
  AF_INET6: internetRule,
  AF_UNIX: (address, reached) => (reached && RESOLVER_SOCKETS.includes(address.path) ? 'a resolver lookup (local name-service daemon)' : undefined),
  AF_NETLINK: () => undefined,
  AF_UNSPEC: () => undefined,
  other: () => 'a socket family that is neither loopback nor local',
}

/**
 * Why contacting `address` breaks the rule that tests and the main job talk only to loopback
 * (127.0.0.0/8, ::1) and local sockets (AF_UNIX, AF_NETLINK), or undefined when it keeps it. Any
 * attempt at a network address counts, answered or not (a refused or unreachable connect still
 * tried); `reached` (the call did not fail) matters only for the local resolver daemons.
 *
 * @example
 * ruleBrokenBy({ family: 'AF_INET', host: '10.255.255.53', port: 53 }, true) // 'a resolver lookup (DNS, port 53)'
 * ruleBrokenBy({ family: 'AF_INET', host: '127.0.0.1', port: 8080 }, false) // undefined
 */
export function ruleBrokenBy(address: SocketAddress, reached: boolean): string | undefined {
  return (RULES[address.family] as (address: SocketAddress, reached: boolean) => string | undefined)(address, reached)
}
