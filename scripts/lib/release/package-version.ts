import { readFileSync, writeFileSync } from 'node:fs'

/**
 * The `version` of a package.json.
 *
 * @example
 * packageVersion('/repo/package.json') // '0.1.0'
 */
export function packageVersion(path: string): string {
  const version = (JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown }).version
  if (typeof version !== 'string') throw new Error(`${path}: "version" is missing`)
  return version
}

/**
 * Sets the package's version in package.json and, when given, package-lock.json (its two copies of
 * it), touching only those lines, as `npm version` does.
 *
 * @example
 * setPackageVersion({ packageJson: 'package.json', lock: 'package-lock.json', from: '0.1.0', to: '0.2.0' })
 */
export function setPackageVersion(options: { packageJson: string; lock?: string | undefined; from: string; to: string }): void {
  const { from, to } = options
  replaceIn(options.packageJson, new RegExp(`("version"\\s*:\\s*)"${escape(from)}"`), `$1"${to}"`)
  if (options.lock !== undefined) {
    const name = (JSON.parse(readFileSync(options.packageJson, 'utf8')) as { name: string }).name
    replaceIn(options.lock, new RegExp(`("name"\\s*:\\s*"${escape(name)}",\\s*"version"\\s*:\\s*)"${escape(from)}"`, 'g'), `$1"${to}"`)
  }
}

function replaceIn(path: string, pattern: RegExp, replacement: string): void {
  const text = readFileSync(path, 'utf8')
  const next = text.replace(pattern, replacement)
  if (next === text) throw new Error(`${path}: found no "version" to change`)
  writeFileSync(path, next)
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
