import type { BenchSectionResult, Summary } from './bench-types.ts'

/**
 * Renders bench results as a plain-text table: one line per figure with its median, min, max
 * and run count, the target and whether it is met; a pending section gets one line saying why.
 *
 * @example
 * console.log(renderBenchTable(results))
 */
export function renderBenchTable(results: readonly BenchSectionResult[]): string {
  const header = ['section', 'case', 'metric', 'median', 'min', 'max', 'runs', 'target', '']
  const lines: string[][] = [header]
  for (const result of results) {
    if (result.pending) lines.push([result.section, `(pending: ${result.pending})`, '', '', '', '', '', '', ''])
    for (const row of result.rows) {
      lines.push([
        result.section,
        row.case,
        row.metric,
        format(row.figure.median, row.unit),
        format(row.figure.min, row.unit),
        format(row.figure.max, row.unit),
        String(row.figure.runs),
        row.target ?? '',
        row.ok === undefined ? '' : row.ok ? 'ok' : 'MISSED',
      ])
    }
  }
  const widths = header.map((_, column) => Math.max(...lines.filter((line) => !line[1]?.startsWith('(pending')).map((line) => line[column]!.length)))
  return lines
    .map((line) =>
      line[1]!.startsWith('(pending')
        ? `${line[0]!.padEnd(widths[0]!)}  ${line[1]}`
        : line
            .map((cell, column) => cell.padEnd(widths[column]!))
            .join('  ')
            .trimEnd(),
    )
    .join('\n')
}

function format(value: Summary['median'], unit: string): string {
  if (unit === 'count') return Number.isInteger(value) ? String(value) : value.toFixed(1)
  if (unit === '×') return `${value.toFixed(2)}×`
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3
  return `${value.toFixed(digits)} ${unit}`
}
