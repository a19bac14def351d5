import { GENERATE_COMMAND } from '../../../providers/vendor-conventions.ts'

/**
 * Replaces the lines between a file's `<name>:start` and `<name>:end` marker lines (the markers
 * stay), indenting each new line as the start marker is indented. A file without both markers is
 * an error naming the file, the markers and the command.
 *
 * @example
 * replaceMarkedBlock('a\n# env:start\nold\n# env:end\n', 'env', ['new'], 'x.yml') // 'a\n# env:start\nnew\n# env:end\n'
 */
export function replaceMarkedBlock(text: string, name: string, lines: readonly string[], file: string): string {
  const all = text.split('\n')
  const start = all.findIndex((line) => line.includes(`${name}:start`))
  const end = all.findIndex((line, index) => index > start && line.includes(`${name}:end`))
  if (start < 0 || end < 0)
    throw new Error(`${file} has no "${name}:start" … "${name}:end" marker lines: add them around the block \`${GENERATE_COMMAND}\` writes`)
  const indent = /^\s*/.exec(all[start]!)![0]
  return [...all.slice(0, start + 1), ...lines.map((line) => (line === '' ? '' : `${indent}${line}`)), ...all.slice(end)].join('\n')
}
