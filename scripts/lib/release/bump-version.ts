/** How much a release changes the version. */
export const BUMP_KINDS = ['patch', 'minor', 'major'] as const
/** One of {@link BUMP_KINDS}. */
export type BumpKind = (typeof BUMP_KINDS)[number]

const NEXT: Record<BumpKind, (parts: [number, number, number]) => [number, number, number]> = {
  patch: ([major, minor, patch]) => [major, minor, patch + 1],
  minor: ([major, minor]) => [major, minor + 1, 0],
  major: ([major]) => [major + 1, 0, 0],
}

/**
 * The next version: `patch`, `minor` or `major` (a removed interaction or a changed answer breaks
 * a consumer's tests, so choose at least `minor` for those before 1.0, `major` after).
 *
 * @example
 * bumpVersion('0.1.9', 'minor') // '0.2.0'
 */
export function bumpVersion(version: string, kind: BumpKind): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version)
  if (!match) throw new Error(`package.json: "version" ${JSON.stringify(version)} is not a version like 1.2.3`)
  return NEXT[kind]([Number(match[1]), Number(match[2]), Number(match[3])]).join('.')
}

/**
 * Checks a `--bump` value.
 *
 * @example
 * parseBumpKind('minor') // 'minor'
 */
export function parseBumpKind(value: string | undefined): BumpKind {
  if ((BUMP_KINDS as readonly (string | undefined)[]).includes(value)) return value as BumpKind
  throw new Error(`--bump must be one of ${BUMP_KINDS.join(', ')}${value === undefined ? '' : `, not "${value}"`}`)
}
