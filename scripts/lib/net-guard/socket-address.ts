import { balancedAt, indexesOutsideQuotes, quotedStrings } from './strace-text.ts'

/** A socket address as strace decodes it: where a `connect`, `sendto`, `sendmsg` or `sendmmsg` went. */
export type SocketAddress =
  | { family: 'AF_INET' | 'AF_INET6'; host: string; port: number }
  | { family: 'AF_UNIX'; path: string }
  | { family: 'AF_NETLINK' | 'AF_UNSPEC' }
  /** Any other family (`AF_PACKET`, `AF_BLUETOOTH`, a number strace does not name): never assumed local. */
  | { family: 'other'; name: string }

/** How each family's fields are read from strace's `{sa_family=…}`; a family not listed is `other`. */
const READERS: Record<string, (struct: string) => SocketAddress | undefined> = {
  AF_INET: (struct) => {
    const match = /sin_port=htons\((\d+)\), sin_addr=inet_addr\("([^"]+)"\)/.exec(struct)
    return match ? { family: 'AF_INET', host: match[2]!, port: Number(match[1]) } : undefined
  },
  AF_INET6: (struct) => {
    const port = /sin6_port=htons\((\d+)\)/.exec(struct)
    const host = /inet_pton\(AF_INET6, "([^"]+)"/.exec(struct)
    return port && host ? { family: 'AF_INET6', host: host[1]!.toLowerCase(), port: Number(port[1]) } : undefined
  },
  AF_UNIX: (struct) => {
    const path = /sun_path=(@?)("(?:[^"\\]|\\.)*")/.exec(struct)
    // An abstract name (`@…`) comes padded with NULs to the address length.
    return { family: 'AF_UNIX', path: path ? `${path[1]}${quotedStrings(path[2]!)[0]!.replace(/(\\0)+$/, '')}` : '' }
  },
  AF_NETLINK: () => ({ family: 'AF_NETLINK' }),
  AF_UNSPEC: () => ({ family: 'AF_UNSPEC' }),
}

/**
 * Every socket address in one strace call's text (`{sa_family=…}`, outside the data the program
 * sent): one for `connect`, `sendto` and `sendmsg`, one per message for `sendmmsg`, none when the
 * socket was already connected (`NULL`, `msg_name=NULL`).
 *
 * @example
 * socketAddresses('connect(26, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16)')
 * // [{ family: 'AF_INET', host: '10.255.255.53', port: 53 }]
 */
export function socketAddresses(call: string): SocketAddress[] {
  return indexesOutsideQuotes(call, '{sa_family=').map((at) => {
    const struct = balancedAt(call, at)
    const name = /^\{sa_family=([^,}]+)/.exec(struct)![1]!.trim()
    return READERS[name]?.(struct) ?? { family: 'other', name }
  })
}

/**
 * An address as a person reads it: `10.255.255.53:53`, `[2001:4860:4860::8888]:443`, a socket path.
 *
 * @example
 * formatAddress({ family: 'AF_INET6', host: '::1', port: 8080 }) // '[::1]:8080'
 */
export function formatAddress(address: SocketAddress): string {
  switch (address.family) {
    case 'AF_INET':
      return `${address.host}:${address.port}`
    case 'AF_INET6':
      return `[${address.host}]:${address.port}`
    case 'AF_UNIX':
      return `unix socket ${address.path || '(unnamed)'}`
    case 'other':
      return `a socket of family ${address.name}`
    default:
      return address.family
  }
}
