import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file so readers see the old content or the new one, never a half-written file: the text
 * goes to a temporary file in the same folder, which is then renamed over the target.
 *
 * @example
 * writeFileAtomic('reports/report.html', html)
 */
export function writeFileAtomic(file: string, text: string): void {
  const folder = dirname(file)
  mkdirSync(folder, { recursive: true })
  const temporary = join(folder, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`)
  try {
    writeFileSync(temporary, text, 'utf8')
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
