import type { ErrorKind } from '../errors/error-kind.ts'

/** What a vendor's error envelope says, once read by that vendor's parser. */
export interface ParsedEnvelope {
  code: string | number | null
  message: string | null
  /** The request field the vendor blames, when it names one. */
  field?: string | undefined
  /** A kind more precise than the HTTP status alone gives (e.g. from the vendor's code). */
  kind?: ErrorKind | undefined
}

/**
 * Reads one vendor's documented error body. Returns null when the body is not of the
 * documented shape, so the caller can mark the error `unexpected-shape` and keep the raw text.
 *
 * @example
 * const parse: EnvelopeParser = (body) => isRecord(body) && typeof body.error === 'string' ? { code: body.error, message: null } : null
 */
export type EnvelopeParser = (body: unknown, status: number) => ParsedEnvelope | null

/** True for plain JSON objects (not arrays, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value when it is a string, else null. */
export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/** The value when it is a string or a finite number (a vendor code), else null. */
export function codeOrNull(value: unknown): string | number | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return value
  return null
}
