/**
 * `npm run release -- --bump patch|minor|major`: bumps the package version, records the contracts'
 * fingerprint and interaction hashes in contracts-version.json, and puts the interactions added,
 * removed or changed since the last version on top of CHANGELOG.md. `--first` records the current
 * version when there is no record yet; `--date YYYY-MM-DD` dates the entry (default today).
 * Exit 0 done, 2 bad options or input.
 */
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../providers/catalog/project-root.ts'
import { parseBumpKind } from './lib/release/bump-version.ts'
import { release } from './lib/release/release.ts'

try {
  const { values } = parseArgs({ options: { bump: { type: 'string' }, first: { type: 'boolean', default: false }, date: { type: 'string' } } })
  const date = values.date ?? new Date().toISOString().slice(0, 10)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date must be YYYY-MM-DD, not "${date}"`)
  const done = release({ root: PROJECT_ROOT, bump: values.first ? undefined : parseBumpKind(values.bump), first: values.first, date })
  const { added, removed, changed } = done.changes
  console.log(
    `release: ${done.previous ?? '(none)'} → ${done.version}; interactions ${added.length} added, ${removed.length} removed, ${changed.length} changed; wrote package.json, contracts-version.json, CHANGELOG.md`,
  )
} catch (error) {
  console.error(`release: ${(error as Error).message}`)
  process.exitCode = 2
}
