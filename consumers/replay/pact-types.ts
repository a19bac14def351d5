/**
 * The parts of a Pact V3/V4 file the replay reads, after {@link readPactFile} normalized them.
 *
 * Header names are lower-cased; multi-valued headers and query parameters keep every value in order.
 */

/** One matcher inside a rule, as Pact writes it (`{ "match": "regex", "regex": "^a" }`). */
export interface PactMatcher {
  match: string
  [option: string]: unknown
}

/** The matchers for one path/header/query key, combined with AND (Pact's default) or OR. */
export interface PactRule {
  combine: 'AND' | 'OR'
  matchers: PactMatcher[]
}

/** Rules of one request or response part, keyed by header name, query key or JSON path (`$.a.b`). */
export type PactRules = ReadonlyMap<string, PactRule>

/** One Pact generator (`{ "type": "ProviderState", "expression": "${id}" }`). */
export interface PactGenerator {
  type: string
  [option: string]: unknown
}

/** A body as the pact file holds it. */
export interface PactBody {
  /** The JSON value for JSON bodies, the text for text bodies, the base64 text for binary ones. */
  content: unknown
  contentType: string | undefined
  /** True when `content` is base64 of the raw bytes. */
  base64: boolean
}

/** A provider state, e.g. `{ name: 'no employee exists with id {id}', params: { id: '9' } }`. */
export interface ProviderState {
  name: string
  params: Readonly<Record<string, unknown>>
}

/** The request half of an HTTP interaction. */
export interface PactRequest {
  method: string
  path: string
  query: ReadonlyMap<string, readonly string[]>
  headers: ReadonlyMap<string, readonly string[]>
  body: PactBody | undefined
  rules: { path: PactRule | undefined; query: PactRules; header: PactRules; body: PactRules }
  generators: PartGenerators
}

/** The response half of an HTTP interaction. */
export interface PactResponse {
  status: number
  /** Header names as the pact file spells them (responses are written back, so the spelling is kept). */
  headers: ReadonlyArray<readonly [name: string, values: readonly string[]]>
  body: PactBody | undefined
  rules: { header: PactRules; body: PactRules }
  generators: PartGenerators
}

/** Generators by part: body generators are keyed by JSON path, header/query ones by name. */
export interface PartGenerators {
  status: PactGenerator | undefined
  path: PactGenerator | undefined
  header: ReadonlyMap<string, PactGenerator>
  query: ReadonlyMap<string, PactGenerator>
  body: ReadonlyMap<string, PactGenerator>
}

/** One synchronous HTTP interaction of a pact file. */
export interface PactInteraction {
  /** The file name under contracts/, e.g. `benefits-integration-plansource.json`. */
  file: string
  consumer: string
  provider: string
  description: string
  states: readonly ProviderState[]
  request: PactRequest
  response: PactResponse
}

/** A whole pact file, read and checked. */
export interface PactFile {
  file: string
  consumer: string
  provider: string
  specification: string
  interactions: readonly PactInteraction[]
  /** Interactions of other kinds (messages), which an HTTP replay cannot serve. */
  skipped: ReadonlyArray<{ description: string; type: string }>
}
