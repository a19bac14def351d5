/**
 * `npm run net-guard -- <command…>`: runs the command under strace and fails, naming each process
 * (pid and command line) and address, when it or any process it starts contacts anything but
 * loopback (127.0.0.0/8, ::1) or a local socket (AF_UNIX, AF_NETLINK); a resolver lookup counts.
 * Exit: the command's own status when it failed, else 1 when it broke that rule, else 0 (2 when
 * called wrong). Where strace is missing or may not trace, it says so and runs the command untraced.
 *
 * Options (before the command): --trace <file> keeps the trace there (by default it is removed).
 */
import { parseNetGuardArgs } from './lib/net-guard/net-guard-args.ts'
import { runNetGuard } from './lib/net-guard/run-net-guard.ts'

try {
  const { traceFile, command } = parseNetGuardArgs(process.argv.slice(2))
  process.exitCode = (await runNetGuard({ command, traceFile })).code
} catch (error) {
  console.error(`net-guard: ${(error as Error).message}`)
  process.exitCode = 2
}
