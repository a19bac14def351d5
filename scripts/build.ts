/**
 * `npm run build` (also run by `npm pack` through `prepack`): builds the package into dist/, the
 * clients per vendor, the error model, the retry helper, the token sources and the replay, as ESM
 * with type declarations. Exit 1, naming file and line, when the build fails.
 */
import { relative } from 'node:path'
import { PROJECT_ROOT } from '../providers/catalog/project-root.ts'
import { buildPackage } from './lib/package/build-package.ts'

try {
  const { outDir, areas, files } = buildPackage({ root: PROJECT_ROOT })
  console.log(`build: ${files.length} files in ${relative(PROJECT_ROOT, outDir)}/ for ${areas.map((area) => `./${area.name}`).join(', ')}`)
} catch (error) {
  console.error(`build: ${(error as Error).message}`)
  process.exitCode = 1
}
