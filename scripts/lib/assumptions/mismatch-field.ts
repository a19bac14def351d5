import { catalogBodyPath } from './body-path.ts'

/** A mismatch of a verify report, as the ledger reads it (the verifier's own shape, field by field). */
export interface ReportedMismatch {
  /** `status`, `header Content-Type`, `body $.errors.message`, `body content type`, … */
  field: string
  actual?: unknown
  detail?: string
}

/**
 * The mismatches of an interaction that name a field; sentences (older reports) are dropped.
 *
 * @example
 * reportedMismatches([{ field: 'status', actual: 404, detail: '…' }, 'a sentence']) // [{ field: 'status', … }]
 */
export function reportedMismatches(list: readonly unknown[]): ReportedMismatch[] {
  return list.filter((item): item is ReportedMismatch => typeof item === 'object' && item !== null && typeof (item as { field?: unknown }).field === 'string')
}

/**
 * The header a mismatch is about (`header X-RateLimit-Reset` → `X-RateLimit-Reset`), or undefined.
 *
 * @example
 * mismatchHeader('header Content-Type') // 'Content-Type'
 */
export function mismatchHeader(field: string): string | undefined {
  return field.startsWith('header ') ? field.slice('header '.length) : undefined
}

/**
 * Whether a mismatch is about the response's media type: its Content-Type header, or the body's
 * content type as the verifier compares it.
 *
 * @example
 * isContentTypeMismatch('body content type') // true
 */
export function isContentTypeMismatch(field: string): boolean {
  return field === 'body content type' || mismatchHeader(field)?.toLowerCase() === 'content-type'
}

/**
 * The body path a mismatch is about, in the catalog's notation (`body $.errors.message` →
 * `errors.message`, `body $` → `''`), or undefined when it is not about a body path.
 *
 * @example
 * mismatchBodyPath('body $.errors[0].code') // 'errors[0].code'
 */
export function mismatchBodyPath(field: string): string | undefined {
  return field.startsWith('body $') ? catalogBodyPath(field.slice('body '.length)) : undefined
}
