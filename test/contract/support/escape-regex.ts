/**
 * Escapes text for use inside a regular expression (Pact regex matchers are strings).
 *
 * @example
 * escapeRegex('application/vnd.error+json') // 'application\\/vnd\\.error\\+json'
 */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
