import type { ContractChanges } from './contract-changes.ts'

/** The changelog's title and preamble, written when CHANGELOG.md does not exist yet. */
export const CHANGELOG_HEAD =
  '# Changelog\n\nEach version of the package and the contract interactions it added, removed or changed (`<pact file> › <description>`), written by `npm run release`.\n'

/**
 * One version's changelog section: the interactions added, removed and changed since the last
 * version, or, for the first version, how many interactions each pact file has.
 *
 * @example
 * changelogEntry({ version: '0.2.0', date: '2025-01-31', changes, firstInteractions: undefined })
 * // '## 0.2.0 (2025-01-31)\n\n### Interactions added\n\n- `a.json` › x: …\n'
 */
export function changelogEntry(input: { version: string; date: string; changes: ContractChanges; firstInteractions: readonly string[] | undefined }): string {
  const lines = [`## ${input.version} (${input.date})`, '']
  if (input.firstInteractions !== undefined) {
    const perFile = new Map<string, number>()
    for (const key of input.firstInteractions) perFile.set(fileOf(key), (perFile.get(fileOf(key)) ?? 0) + 1)
    lines.push(`First packaged version, with ${input.firstInteractions.length} interactions:`, '')
    for (const [file, count] of [...perFile].sort()) lines.push(`- \`${file}\`: ${count}`)
    return `${lines.join('\n')}\n`
  }
  const sections: Array<[string, readonly string[]]> = [
    ['Interactions added', input.changes.added],
    ['Interactions removed', input.changes.removed],
    ['Interactions changed', input.changes.changed],
  ]
  const present = sections.filter(([, keys]) => keys.length > 0)
  if (present.length === 0) lines.push('No contract changes.')
  for (const [title, keys] of present) {
    lines.push(`### ${title}`, '')
    for (const key of keys) lines.push(`- \`${fileOf(key)}\` › ${key.slice(fileOf(key).length + 3)}`)
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

/**
 * The changelog with a new section on top (below the title), creating it when it is missing.
 *
 * @example
 * prependEntry('# Changelog\n\n## 0.1.0 …', '## 0.2.0 …\n') // '# Changelog\n\n## 0.2.0 …\n\n## 0.1.0 …'
 */
export function prependEntry(changelog: string | undefined, entry: string): string {
  const text = changelog ?? CHANGELOG_HEAD
  const first = text.search(/^## /m)
  if (first === -1) return `${text.trimEnd()}\n\n${entry}`
  return `${text.slice(0, first)}${entry}\n${text.slice(first)}`
}

function fileOf(key: string): string {
  return key.slice(0, key.indexOf(' › '))
}
