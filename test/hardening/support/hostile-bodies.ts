import fc from 'fast-check'

/** One generated error body: the bytes on the wire and what they imitate. */
export interface HostileBody {
  /** What kind of body this is, for a readable counterexample. */
  shape: string
  bytes: Uint8Array
}

const encoder = new TextEncoder()
const text =
  (shape: string) =>
  (value: string): HostileBody =>
    described(shape, encoder.encode(value))

/** A body that prints as its shape and size in a counterexample, not as megabytes of bytes. */
function described(shape: string, bytes: Uint8Array): HostileBody {
  return { shape, bytes, [fc.toStringMethod]: () => `${shape} (${bytes.length} bytes)` } as HostileBody
}

/** Keys any vendor's envelope uses, so generated objects come close to a real envelope and reach the parsers' inner branches. */
const ENVELOPE_KEYS = [
  'status',
  'errors',
  'error',
  'error_description',
  'message',
  'exception',
  'code',
  'errorCode',
  'subject',
  'subjectType',
  'version',
  'http_status',
  'error_code',
  'details',
] as const

/** Objects with envelope keys and values of any JSON type, one or two levels deep. */
const nearEnvelope: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  envelope: fc.dictionary(
    fc.constantFrom(...ENVELOPE_KEYS),
    fc.oneof({ maxDepth: 2 }, fc.jsonValue({ maxDepth: 2 }), tie('envelope'), fc.array(tie('envelope'), { maxLength: 3 })),
  ),
})).envelope

/** Nesting depths around and far past what a recursive walker survives. */
const deepDepth = fc.integer({ min: 10_000, max: 60_000 })

/** Body sizes around the kept-body cap (1,000,000 chars) and past it. */
const hugeSize = fc.oneof(fc.integer({ min: 999_990, max: 1_000_010 }), fc.integer({ min: 1_000_000, max: 3_000_000 }))

/**
 * Every kind of error body the property tests send: JSON of any and of nearly-right shape, the
 * vendors' documented bodies, deep nesting, megabyte strings, invalid UTF-8, HTML, empty.
 *
 * @example
 * fc.assert(fc.property(hostileBody(documented), ({ bytes }) => ...))
 */
export function hostileBody(documentedBodies: readonly unknown[]): fc.Arbitrary<HostileBody> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.json().map(text('random JSON')) },
    { weight: 4, arbitrary: nearEnvelope.map((value) => text('JSON of a nearly documented shape')(JSON.stringify(value))) },
    { weight: 3, arbitrary: fc.constantFrom(...documentedBodies).map((value) => text('a documented body')(JSON.stringify(value))) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...documentedBodies), fc.nat())
        .map(([value, cut]) => text('a documented body, truncated')(cutShort(JSON.stringify(value), cut))),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(deepDepth, fc.constantFrom('array', 'object', 'unclosed'))
        .map(([depth, kind]) => text(`JSON nested ${depth} levels (${kind})`)(nested(depth, kind))),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(hugeSize, fc.constantFrom('string', 'message', 'text'))
        .map(([size, kind]) => text(`a ${size}-char body (${kind})`)(huge(size, kind))),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.json(), fc.uint8Array({ minLength: 1, maxLength: 64 }).map(toInvalidUtf8), fc.nat())
        .map(([json, bad, at]) => described('invalid UTF-8 bytes', splice(encoder.encode(json), bad, at))),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 100, max: 999 }), fc.string({ maxLength: 200 }))
        .map(([status, words]) =>
          text('an HTML page')(`<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status}</h1><p>${words}</p></body></html>`),
        ),
    },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '\r\n\t ', '\uFEFF').map(text('an empty body')) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }).map(text('any text')) },
  )
}

function cutShort(json: string, cut: number): string {
  return json.slice(0, Math.max(1, json.length - 1 - (cut % json.length)))
}

function nested(depth: number, kind: string): string {
  if (kind === 'array') return '['.repeat(depth) + ']'.repeat(depth)
  if (kind === 'object') return '{"errors":'.repeat(depth) + '{"error":"deep"}' + '}'.repeat(depth)
  return '{"exception":['.repeat(depth)
}

function huge(size: number, kind: string): string {
  if (kind === 'string') return `"${'x'.repeat(size)}"`
  if (kind === 'message')
    return JSON.stringify({ error: 'server_error', error_description: 'y'.repeat(size), errors: [{ errorCode: 9999, message: 'z'.repeat(size >> 4) }] })
  return 'Internal Server Error '.repeat(Math.ceil(size / 22)).slice(0, size)
}

/** Bytes that are never valid UTF-8: each is a lone continuation byte or a forbidden lead byte. */
function toInvalidUtf8(bytes: Uint8Array): Uint8Array {
  return bytes.map((byte) => (byte % 2 === 0 ? 0x80 + (byte % 0x40) : 0xf8 + (byte % 8)))
}

function splice(into: Uint8Array, bytes: Uint8Array, at: number): Uint8Array {
  const index = into.length === 0 ? 0 : at % (into.length + 1)
  const out = new Uint8Array(into.length + bytes.length)
  out.set(into.subarray(0, index), 0)
  out.set(bytes, index)
  out.set(into.subarray(index), index + bytes.length)
  return out
}
