/**
 * `npm run example`: packs the package, installs the tarball into a temporary copy of
 * examples/consumer-app outside the repository (with msw, vitest and typescript from the registry)
 * and runs that application's type check and unit tests. `--keep` leaves the temporary folder.
 * Exit 0 passed, else the failing step's exit code.
 */
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../providers/catalog/project-root.ts'
import { runExample } from './lib/example/run-example.ts'

try {
  const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false }, example: { type: 'string' } } })
  process.exitCode = runExample({ root: PROJECT_ROOT, example: values.example, keep: values.keep, log: (line) => console.log(line) })
} catch (error) {
  console.error(`example: ${(error as Error).message}`)
  process.exitCode = 2
}
