import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { bumpVersion, type BumpKind } from './bump-version.ts'
import { changelogEntry, prependEntry } from './changelog-entry.ts'
import { contractChanges, type ContractChanges } from './contract-changes.ts'
import { contractsSnapshot } from './contracts-snapshot.ts'
import { packageVersion, setPackageVersion } from './package-version.ts'
import { readVersionRecord, VERSION_RECORD_FILE, writeVersionRecord } from './version-record.ts'

/** What {@link release} did. */
export interface Release {
  previous: string | undefined
  version: string
  changes: ContractChanges
  entry: string
}

/**
 * Releases a version: bumps package.json (and package-lock.json), records the contracts' fingerprint
 * and interaction hashes in contracts-version.json, and puts the interactions added, removed or
 * changed since the last recorded version on top of CHANGELOG.md. With `first`, records the current
 * version without a bump (only when no record exists yet).
 *
 * @example
 * release({ root: PROJECT_ROOT, bump: 'minor', date: '2025-01-31' }).version // '0.2.0'
 */
export function release(options: { root: string; bump?: BumpKind | undefined; first?: boolean; date: string }): Release {
  const { root } = options
  const recordPath = join(root, VERSION_RECORD_FILE)
  const packageJson = join(root, 'package.json')
  const current = contractsSnapshot(join(root, 'contracts'))
  const from = packageVersion(packageJson)
  const recorded = existsSync(recordPath) ? readVersionRecord(recordPath) : undefined
  if (options.first && recorded) throw new Error(`${recordPath} exists already (version ${recorded.version}): use --bump`)
  if (!options.first && !recorded) throw new Error(`${recordPath} is missing: record the first version with --first`)
  if (!options.first && options.bump === undefined) throw new Error('say how much the version changes: --bump patch|minor|major')
  const version = options.first ? from : bumpVersion(from, options.bump!)
  const changes = contractChanges(recorded?.interactions ?? {}, current.interactions)
  const entry = changelogEntry({ version, date: options.date, changes, firstInteractions: options.first ? Object.keys(current.interactions) : undefined })
  if (version !== from) setPackageVersion({ packageJson, lock: existingOrUndefined(join(root, 'package-lock.json')), from, to: version })
  writeVersionRecord(recordPath, { version, ...current })
  const changelog = join(root, 'CHANGELOG.md')
  writeFileSync(changelog, prependEntry(existsSync(changelog) ? readFileSync(changelog, 'utf8') : undefined, entry))
  return { previous: recorded?.version, version, changes, entry }
}

function existingOrUndefined(path: string): string | undefined {
  return existsSync(path) ? path : undefined
}
