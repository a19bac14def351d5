import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file so that readers see the old content or the new, never half of it: the data goes
 * to a temporary file beside the target, which is then renamed over it. The parent folder is
 * created when missing. A failure removes the temporary file and throws an error naming the path.
 *
 * @example
 * writeFileAtomic('reports/drift.json', JSON.stringify(report))
 */
export function writeFileAtomic(path: string, data: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`)
  try {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(temporary, data, { flag: 'wx' })
    renameSync(temporary, path)
  } catch (error) {
    try {
      rmSync(temporary, { force: true })
    } catch {
      // The folder itself is unusable, so no temporary file was made in it.
    }
    throw new Error(`cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error })
  }
}
