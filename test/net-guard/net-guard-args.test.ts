import { describe, expect, it } from 'vitest'
import { parseNetGuardArgs } from '../../scripts/lib/net-guard/net-guard-args.ts'

describe('parseNetGuardArgs', () => {
  it("keeps the command's own options with the command", () => {
    expect(parseNetGuardArgs(['npm', 'run', 'suite', '--quiet'])).toEqual({ traceFile: undefined, command: ['npm', 'run', 'suite', '--quiet'] })
  })

  it('reads --trace before the command, in either spelling, and a -- before the command', () => {
    expect(parseNetGuardArgs(['--trace', 'a.txt', 'npm', 'test'])).toEqual({ traceFile: 'a.txt', command: ['npm', 'test'] })
    expect(parseNetGuardArgs(['--trace=b.txt', '--', '--odd-program'])).toEqual({ traceFile: 'b.txt', command: ['--odd-program'] })
  })

  it('refuses an unknown option, --trace without a file, and no command at all', () => {
    expect(() => parseNetGuardArgs(['--verbose', 'npm', 'test'])).toThrow(/unknown option --verbose/)
    expect(() => parseNetGuardArgs(['--trace'])).toThrow(/--trace needs a file/)
    expect(() => parseNetGuardArgs([])).toThrow(/no command to run/)
  })
})
