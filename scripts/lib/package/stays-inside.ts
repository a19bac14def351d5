import { readFileSync } from 'node:fs'
import { dirname, resolve, sep } from 'node:path'
import ts from 'typescript'

/**
 * Whether a module and every module it imports through relative paths (followed through) lie
 * inside `folder`: the package ships only such modules of consumers/, since one that reaches test/,
 * providers/ or scripts/ is this repository's test wiring (a vendor's contract binding or
 * behaviour cases), not client code.
 *
 * @example
 * staysInside('consumers/usta/usta-client.ts', 'consumers') // true
 * staysInside('consumers/usta/contract-binding.ts', 'consumers') // false: it imports test/contract/support/
 */
export function staysInside(file: string, folder: string): boolean {
  const inside = resolve(folder) + sep
  const seen = new Set<string>()
  const visit = (path: string): boolean => {
    if (!path.startsWith(inside)) return false
    if (seen.has(path)) return true
    seen.add(path)
    const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true)
    return importedFiles.every(({ fileName }) => !fileName.startsWith('.') || visit(resolve(dirname(path), fileName)))
  }
  return visit(resolve(file))
}
