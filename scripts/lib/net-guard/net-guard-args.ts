/** The usage line `npm run net-guard` prints when it is called wrong. */
export const NET_GUARD_USAGE = 'usage: npm run net-guard -- [--trace <file>] <command> [args…]'

/**
 * Splits `npm run net-guard`'s arguments into its own options, which come first, and the command,
 * which starts at the first argument that is not one of them (or after `--`), so that the command's
 * own options (`npm run suite --quiet`) stay the command's.
 *
 * @example
 * parseNetGuardArgs(['--trace', 'reports/suite.strace', 'npm', 'run', 'suite', '--quiet'])
 * // { traceFile: 'reports/suite.strace', command: ['npm', 'run', 'suite', '--quiet'] }
 */
export function parseNetGuardArgs(argv: readonly string[]): { traceFile: string | undefined; command: string[] } {
  let traceFile: string | undefined
  let at = 0
  for (; at < argv.length; at++) {
    const arg = argv[at]!
    if (arg === '--') {
      at++
      break
    }
    if (arg === '--trace') traceFile = argv[++at]
    else if (arg.startsWith('--trace=')) traceFile = arg.slice('--trace='.length)
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}; ${NET_GUARD_USAGE}`)
    else break
    if (!traceFile) throw new Error(`--trace needs a file; ${NET_GUARD_USAGE}`)
  }
  const command = argv.slice(at)
  if (command.length === 0) throw new Error(`no command to run; ${NET_GUARD_USAGE}`)
  return { traceFile, command }
}
