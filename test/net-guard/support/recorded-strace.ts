/**
 * Lines recorded by `strace -f -qq -s 256 -e trace=connect,sendto,sendmsg,sendmmsg,execve,clone,clone3`
 * (Debian's strace 6.1) on this suite, in their order, cut to the lines that matter; long argv,
 * structs and data shortened (`…`).
 */

/** The report's browser test before Chromium was kept offline: its network service's thread looks up a name and probes an IPv6 route; the browser talks to dbus, nscd (absent) and netlink. */
export const CHROMIUM_TRACE = [
  String.raw`15763 execve("/usr/bin/npx", ["npx", "vitest", "run", "test/report/report.browser.test.ts"], 0x7ffddb2dff60 /* 35 vars */) = 0`,
  String.raw`15763 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f0a1c2b3a10) = 15803`,
  String.raw`15803 execve("/usr/bin/chromium", ["/usr/bin/chromium", "--headless", "--no-sandbox"], 0x7ffd2c1b1f20 /* 67 vars */ <unfinished ...>`,
  String.raw`15803 <... execve resumed>) = 0`,
  String.raw`15803 execve("/usr/lib/chromium/chromium", ["/usr/lib/chromium/chromium", "--show-component-extension-options", "--headless"], 0x55d0c1a2e8f0 /* 70 vars */) = 0`,
  String.raw`15803 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7fad2adcb5d0) = 15845`,
  String.raw`15845 execve("/proc/self/exe", ["/proc/self/exe", "--type=utility", "--utility-sub-type=network.mojom.NetworkService"], 0x2ebc2c90 /* 70 vars */) = 0`,
  String.raw`15845 clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7f5cb9ff9990, …} <unfinished ...>`,
  String.raw`15896 connect(27, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28 <unfinished ...>`,
  String.raw`15845 <... clone3 resumed> => {parent_tid=[15896]}, 88) = 15896`,
  String.raw`15896 <... connect resumed>) = 0`,
  String.raw`15896 connect(26, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16) = 0`,
  String.raw`15896 sendmmsg(26, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="&\236\1\0\0\1\0\0\0\0\0\0\10accounts\6google\3com\0\0\1\0\1", iov_len=37}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=37}], 1, MSG_NOSIGNAL) = 1`,
  String.raw`15803 connect(94, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)`,
  String.raw`15803 connect(31, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 110) = 0`,
  String.raw`15803 sendto(18, [{nlmsg_len=20, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1796307707, nlmsg_pid=0}, {ifa_family=AF_UNSPEC, ...}], 20, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20`,
  String.raw`15896 sendto(5, "\20\0\0\0@\0\0\0T\250\"(\0\0\0\0\30\0\26\0\0\0\0\0\1\0\0\0", 64, MSG_NOSIGNAL, NULL, 0 <unfinished ...>`,
  String.raw`15803 connect(32, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 110 <unfinished ...>`,
  String.raw`15896 <... sendto resumed>)             = 64`,
  String.raw`15803 <... connect resumed>)            = 0`,
  String.raw`15896 --- SIGURG {si_signo=SIGURG, si_code=SI_TKILL, si_pid=15845, si_uid=0} ---`,
] as const

/** A Node process on loopback and local sockets only; what it sends over UDP imitates strace's own text for 8.8.8.8:53. */
export const NODE_LOOPBACK_TRACE = [
  String.raw`3046  execve("/usr/bin/node", ["node", "rec.cjs"], 0x7ffe299fe5d8 /* 35 vars */) = 0`,
  String.raw`3046  connect(19, {sa_family=AF_UNIX, sun_path="/tmp/ngx/nonexistent.sock"}, 110) = -1 ENOENT (No such file or directory)`,
  String.raw`3046  connect(20, {sa_family=AF_UNIX, sun_path=@"ngx-abstract\0\0\0\0\0\0\0\0"}, 110) = -1 ECONNREFUSED (Connection refused)`,
  String.raw`3046  connect(24, {sa_family=AF_INET6, sin6_port=htons(9), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 EINPROGRESS (Operation now in progress)`,
  String.raw`3046  sendmsg(21, {msg_name={sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr("127.0.0.1")}, msg_namelen=16, msg_iov=[{iov_base="hello {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"8.8.8.8\")}", iov_len=76}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 76`,
  String.raw`3046  sendmsg(23, {msg_name={sa_family=AF_INET6, sin6_port=htons(9), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, msg_namelen=28, msg_iov=[{iov_base="x", iov_len=1}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 1`,
] as const

/** One line per recorded shape of a call that names where it goes, by what it shows. */
export const RECORDED = {
  ipv4Dns: CHROMIUM_TRACE[11],
  ipv6Probe: `${CHROMIUM_TRACE[8].replace(' <unfinished ...>', ')')} = 0`,
  unixPath: CHROMIUM_TRACE[14],
  unixAbstract: NODE_LOOPBACK_TRACE[2],
  netlink: CHROMIUM_TRACE[15],
  sendmsgWithLookalikeData: NODE_LOOPBACK_TRACE[4],
  sendmmsgConnected: CHROMIUM_TRACE[12],
  sendtoConnected: `${CHROMIUM_TRACE[16].replace(' <unfinished ...>', ')')} = 64`,
} as const
