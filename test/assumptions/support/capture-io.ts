import type { AssumptionsIo } from '../../../scripts/lib/assumptions/assumptions-command.ts'

/** An io for `assumptionsCommand` that keeps what it printed. */
export function captureIo(cwd: string): AssumptionsIo & { out(): string; err(): string } {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    cwd,
    stdout: { write: (text: string) => stdout.push(text) },
    stderr: { write: (text: string) => stderr.push(text) },
    out: () => stdout.join(''),
    err: () => stderr.join(''),
  }
}
