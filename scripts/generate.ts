/**
 * `npm run generate` rewrites everything that must name every vendor, from the vendors' folders
 * and contracts/: the vendor-id registry, the loader tables, the replay scenario names, the
 * nightly workflow's secret variables and the README's figures. `--check` writes nothing and
 * fails naming each stale file.
 */
import { parseArgs } from 'node:util'
import { GENERATE_COMMAND } from '../providers/vendor-conventions.ts'
import { generate } from './lib/generate/generated-files.ts'

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } } })

try {
  const results = await generate({ write: !values.check })
  for (const result of results) if (result.problem) console.error(`generate: ${result.problem}`)
  if (results.some((result) => result.problem)) process.exitCode = 1
  const stale = results.filter((result) => result.stale && !result.problem)
  if (values.check && stale.length > 0) {
    console.error(`generate: stale: ${stale.map((result) => result.file).join(', ')}; run \`${GENERATE_COMMAND}\` and commit the result`)
    process.exitCode = 1
  } else if (!values.quiet) {
    console.log(
      stale.length === 0
        ? `generate: all ${results.length} generated files are fresh`
        : `generate: ${values.check ? 'stale' : 'rewrote'} ${stale.map((result) => result.file).join(', ')}`,
    )
  }
} catch (error) {
  console.error(`generate: ${(error as Error).message}`)
  process.exitCode = 1
}
