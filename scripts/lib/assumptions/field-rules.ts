import { bodyPathsOverlap } from './body-path.ts'
import { isContentTypeMismatch, mismatchBodyPath, mismatchHeader } from './mismatch-field.ts'

/** Which mismatches refute an assumption about one kind of field. */
interface FieldRule {
  /** The assumption fields the rule is about. */
  about: RegExp
  /** Whether a mismatch (its `field`) falls on the assumed field. */
  refutedBy(mismatch: string, assumption: string): boolean
}

/**
 * The assumption fields a mismatch can refute, as a table: status, content type, headers (all the
 * promised ones, or one by name), and the body (whole, or a path: a mismatch at that path, under it
 * or above it). Other fields (`request`, `state`, …) are never refuted field by field: a mismatch
 * does not say the request or the state was wrong.
 */
const FIELD_RULES: readonly FieldRule[] = [
  { about: /^status$/, refutedBy: (mismatch) => mismatch === 'status' },
  { about: /^contentType$/, refutedBy: (mismatch) => isContentTypeMismatch(mismatch) },
  {
    about: /^headers$/,
    refutedBy: (mismatch) => {
      const header = mismatchHeader(mismatch)
      return header !== undefined && header.toLowerCase() !== 'content-type'
    },
  },
  { about: /^headers\./, refutedBy: (mismatch, assumption) => mismatchHeader(mismatch)?.toLowerCase() === assumption.slice('headers.'.length).toLowerCase() },
  {
    about: /^body($|\.|\[)/,
    refutedBy: (mismatch, assumption) => {
      const path = mismatchBodyPath(mismatch)
      return path !== undefined && bodyPathsOverlap(path, assumption.replace(/^body\.?/, ''))
    },
  },
]

/**
 * Fields verification never exercises, so a verified interaction does not confirm them either:
 * `kind` is how our client classifies the error, not something the vendor answers.
 */
const NEVER_CHECKED = /^kind$/

/**
 * Whether a mismatch (by its `field`) refutes an assumption about `assumption`.
 *
 * @example
 * refutes('contentType', 'header Content-Type') // true
 * refutes('body.errors', 'body $.errors.message') // true
 * refutes('request', 'status') // false
 */
export function refutes(assumption: string, mismatch: string): boolean {
  return FIELD_RULES.some((rule) => rule.about.test(assumption) && rule.refutedBy(mismatch, assumption))
}

/**
 * Whether an interaction verified against a real target confirms an assumption about `assumption`.
 *
 * @example
 * confirmable('request') // true
 * confirmable('kind') // false
 */
export function confirmable(assumption: string): boolean {
  return !NEVER_CHECKED.test(assumption)
}
