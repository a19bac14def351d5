import { isContentTypeMismatch, mismatchBodyPath, type ReportedMismatch } from './mismatch-field.ts'

/**
 * The mismatches that can refute an assumption: all of them, except body mismatches a wrong content
 * type explains. When the vendor answered another media type (`text/plain`, an HTML error page), the
 * verifier reads the body differently and every body path mismatches; those say the content type
 * was wrong, not that the assumed body was.
 *
 * @example
 * unexplainedMismatches([{ field: 'header Content-Type' }, { field: 'body $.errors' }]) // [{ field: 'header Content-Type' }]
 */
export function unexplainedMismatches(mismatches: readonly ReportedMismatch[]): ReportedMismatch[] {
  if (!mismatches.some((mismatch) => isContentTypeMismatch(mismatch.field))) return [...mismatches]
  return mismatches.filter((mismatch) => mismatchBodyPath(mismatch.field) === undefined)
}
