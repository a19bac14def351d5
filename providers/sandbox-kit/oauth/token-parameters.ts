import { formBody, jsonBody, mediaType } from '../read-request.ts'
import type { SandboxRequest } from '../sandbox-types.ts'
import { multipartFields } from './multipart-fields.ts'

/**
 * Where a token endpoint reads its parameters: a url-encoded form (RFC 6749's only format), a JSON
 * object, a multipart form, or the query string.
 *
 * @example
 * tokenEndpoint({ ..., parameters: ['multipart', 'form'] })
 */
export type ParameterSource = 'form' | 'json' | 'multipart' | 'query'

type BodySource = Exclude<ParameterSource, 'query'>

/** Which body each source reads, and how (a table, so a new format is one row). */
const BODY_SOURCES: Record<BodySource, { reads(request: SandboxRequest): boolean; fields(request: SandboxRequest): Iterable<[string, string]> }> = {
  // Any body the other listed sources do not read: clients are lax with the form's Content-Type (none, or sent twice).
  form: { reads: () => true, fields: (request) => formBody(request) },
  json: { reads: (request) => mediaType(request) === 'application/json', fields: jsonStringFields },
  multipart: {
    reads: (request) => mediaType(request) === 'multipart/form-data' || (mediaType(request) === '' && request.body.startsWith('--')),
    fields: (request) => multipartFields(request.body, request.headers['content-type']),
  },
}

/**
 * A token request's parameters, read from the sources the vendor's endpoint takes: the body as JSON
 * or multipart when listed and its Content-Type says so, else as a url-encoded form when listed;
 * then the query string (when listed) for any parameter the body does not carry.
 *
 * @example
 * tokenParameters(request, ['form', 'query']).get('grant_type') // from the form, else from the query string
 */
export function tokenParameters(request: SandboxRequest, sources: readonly ParameterSource[] = ['form']): Map<string, string> {
  const specific = sources.find((source): source is BodySource => source !== 'query' && source !== 'form' && BODY_SOURCES[source].reads(request))
  const body = specific ?? (sources.includes('form') ? 'form' : undefined)
  const parameters = new Map<string, string>()
  // The first value of a name counts, as URLSearchParams.get reads it.
  const add = (fields: Iterable<[string, string]>) => {
    for (const [name, value] of fields) if (!parameters.has(name)) parameters.set(name, value)
  }
  if (body !== undefined) add(BODY_SOURCES[body].fields(request))
  if (sources.includes('query')) add(request.query)
  return parameters
}

function jsonStringFields(request: SandboxRequest): Array<[string, string]> {
  const body = jsonBody(request)
  const fields = body.ok && typeof body.value === 'object' && body.value !== null && !Array.isArray(body.value) ? body.value : {}
  return Object.entries(fields).flatMap(([key, value]): Array<[string, string]> => (typeof value === 'string' ? [[key, value]] : []))
}
