import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { contractChanges, hasContractChanges } from './contract-changes.ts'
import { contractsSnapshot } from './contracts-snapshot.ts'
import { packageVersion } from './package-version.ts'
import { readVersionRecord, RELEASE_COMMAND, VERSION_RECORD_FILE } from './version-record.ts'

/**
 * Why the package's version does not match its contracts, or undefined when it does: contracts/
 * changed since the recorded version (naming what changed), or package.json and the record name
 * different versions. Each message names the command that fixes it.
 *
 * @example
 * versionProblem(PROJECT_ROOT) // 'contracts/ changed since version 0.1.0 (1 added: …): run `npm run release -- --bump patch|minor|major` …'
 */
export function versionProblem(root: string): string | undefined {
  const recordPath = join(root, VERSION_RECORD_FILE)
  if (!existsSync(recordPath)) return `${VERSION_RECORD_FILE} is missing: run \`npm run release -- --first\` and commit it`
  const record = readVersionRecord(recordPath)
  const version = packageVersion(join(root, 'package.json'))
  const fix = `run \`${RELEASE_COMMAND}\` and commit package.json, package-lock.json, ${VERSION_RECORD_FILE} and CHANGELOG.md`
  if (record.version !== version) return `package.json says version ${version} but ${VERSION_RECORD_FILE} records ${record.version}: ${fix}`
  const current = contractsSnapshot(join(root, 'contracts'))
  if (current.fingerprint === record.fingerprint) return undefined
  const changes = contractChanges(record.interactions, current.interactions)
  const listed = (label: string, keys: readonly string[]) =>
    keys.length === 0 ? [] : [`${keys.length} ${label}: ${keys.slice(0, 3).join('; ')}${keys.length > 3 ? '; …' : ''}`]
  const what = hasContractChanges(changes)
    ? [...listed('added', changes.added), ...listed('removed', changes.removed), ...listed('changed', changes.changed)].join(', ')
    : 'a pact file’s consumer or provider'
  return `contracts/ changed since version ${version} (${what}), and the version did not: ${fix}`
}
