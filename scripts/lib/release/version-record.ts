import { readFileSync, writeFileSync } from 'node:fs'
import type { ContractsSnapshot } from './contracts-snapshot.ts'

/** The record file, at the project root and shipped in the package. */
export const VERSION_RECORD_FILE = 'contracts-version.json'

/** The command that bumps the version and records the contracts (`<kind>`: patch, minor or major). */
export const RELEASE_COMMAND = 'npm run release -- --bump patch|minor|major'

/** The package version and the contracts it was released with. */
export interface VersionRecord extends ContractsSnapshot {
  version: string
}

/**
 * Reads and checks the version record; fails naming the file and the field that is wrong.
 *
 * @example
 * readVersionRecord('/repo/contracts-version.json').version // '0.1.0'
 */
export function readVersionRecord(path: string): VersionRecord {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`${path}: cannot be read as JSON (${(error as Error).message}); \`${RELEASE_COMMAND}\` writes it`, { cause: error })
  }
  const record = raw as Partial<VersionRecord> | null
  if (typeof record?.version !== 'string' || !/^\d+\.\d+\.\d+$/.test(record.version)) throw new Error(`${path}: "version" must be a version like 1.2.3`)
  if (typeof record.fingerprint !== 'string' || !record.fingerprint.startsWith('sha256:'))
    throw new Error(`${path}: "fingerprint" must be a sha256: fingerprint`)
  if (typeof record.interactions !== 'object' || record.interactions === null || Array.isArray(record.interactions))
    throw new Error(`${path}: "interactions" must map each interaction key to its hash`)
  for (const [key, hash] of Object.entries(record.interactions))
    if (typeof hash !== 'string') throw new Error(`${path}: "interactions"["${key}"] must be a hash string`)
  return { version: record.version, fingerprint: record.fingerprint, interactions: record.interactions }
}

/**
 * Writes the version record, one interaction per line so a diff shows what changed.
 *
 * @example
 * writeVersionRecord(path, { version: '0.2.0', ...contractsSnapshot('contracts') })
 */
export function writeVersionRecord(path: string, record: VersionRecord): void {
  writeFileSync(path, `${JSON.stringify({ version: record.version, fingerprint: record.fingerprint, interactions: record.interactions }, null, 2)}\n`)
}
