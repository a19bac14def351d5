import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** One place a secret was found: where, which variable, and in what encoding. */
export interface SecretFinding {
  where: string
  variable: string
  form: string
}

/** A text to scan, named by where it came from (a file path, or a command's stdout/stderr). */
export interface ScannedText {
  where: string
  text: string
}

/** The encodings a secret may take on its way out: as is, in a Basic header, in a URL. */
function formsOf(value: string): Array<[string, string]> {
  return [
    ['as is', value],
    ['base64', Buffer.from(value).toString('base64')],
    ['base64url', Buffer.from(value).toString('base64url')],
    ['URL-encoded', encodeURIComponent(value)],
  ]
}

/**
 * Every occurrence of a secret value (or its base64/URL encoding) in the texts; `pairs` adds
 * `id:secret` combinations as HTTP Basic would encode them. Never returns the values themselves.
 *
 * @example
 * findSecrets([{ where: 'stdout', text }], new Map([['USTA_CLIENT_SECRET', 'canary-…']])) // []
 */
export function findSecrets(texts: readonly ScannedText[], secrets: ReadonlyMap<string, string>, pairs: ReadonlyArray<[string, string]> = []): SecretFinding[] {
  const needles: Array<{ variable: string; form: string; needle: string }> = []
  for (const [variable, value] of secrets) {
    const seen = new Set<string>()
    for (const [form, needle] of formsOf(value)) {
      if (seen.has(needle)) continue
      seen.add(needle)
      needles.push({ variable, form, needle })
    }
  }
  for (const [id, secret] of pairs)
    needles.push({ variable: 'HTTP Basic id:secret', form: 'base64', needle: Buffer.from(`${id}:${secret}`).toString('base64') })
  const findings: SecretFinding[] = []
  for (const { where, text } of texts) {
    for (const { variable, form, needle } of needles) if (needle.length >= 8 && text.includes(needle)) findings.push({ where, variable, form })
  }
  return findings
}

/**
 * Every file under the given paths (files or folders, missing ones skipped), read as text.
 *
 * @example
 * textsUnder(['reports', 'contracts']).length // the number of files read
 */
export function textsUnder(paths: readonly string[]): ScannedText[] {
  const texts: ScannedText[] = []
  const visit = (path: string) => {
    if (!existsSync(path)) return
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) if (name !== 'node_modules' && name !== '.git') visit(join(path, name))
      return
    }
    texts.push({ where: path, text: readFileSync(path).toString('latin1') + '\n' + readFileSync(path, 'utf8') })
  }
  for (const path of paths) visit(path)
  return texts
}
