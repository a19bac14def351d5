import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { NewVendorError } from './new-vendor-error.ts'

/**
 * Writes a new vendor's files, none of which may exist yet; if a write fails, what was written is
 * removed again, so a failed run leaves the project as it was.
 *
 * @example
 * writeVendorFiles(files, PROJECT_ROOT)
 */
export function writeVendorFiles(files: ReadonlyMap<string, string>, root: string): void {
  const existing = [...files.keys()].filter((path) => existsSync(join(root, path)))
  if (existing.length > 0) throw new NewVendorError('existing-id', `${existing.join(', ')} already exist; nothing was written`)
  const made: string[] = []
  try {
    for (const [path, text] of files) {
      const file = join(root, path)
      let folder = dirname(file)
      const folders: string[] = []
      while (!existsSync(folder)) {
        folders.unshift(folder)
        folder = dirname(folder)
      }
      mkdirSync(dirname(file), { recursive: true })
      made.push(...folders.reverse())
      writeFileSync(file, text, { flag: 'wx' })
      made.push(file)
    }
  } catch (error) {
    for (const path of made.reverse()) rmSync(path, { recursive: true, force: true })
    throw error
  }
}
