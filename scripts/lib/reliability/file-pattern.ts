/**
 * Whether a project-relative path matches a pattern where `*` matches within one path segment and
 * `**\/` any number of folders.
 *
 * @example
 * matchesPattern('test/verify/faults/slow.fault.test.ts', 'test/verify/**\/*fault*.test.ts') // true
 */
export function matchesPattern(path: string, pattern: string): boolean {
  const source = pattern
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === '**/' ? '(?:[^/]+/)*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`).test(path)
}
