import { generateValue, type GeneratorContext } from './generate-value.ts'
import { parseJsonPath, setAtPath } from './json-path.ts'
import type { PactBody, PactResponse } from './pact-types.ts'

/** A response ready to send: status, headers in the contract's spelling, body bytes or text. */
export interface ReplayedResponse {
  status: number
  headers: Array<[string, string]>
  body: string | Uint8Array | undefined
}

/**
 * Builds the concrete answer of an interaction: example values everywhere, each generator turned
 * into a value (see {@link generateValue}), and the body's content type as `Content-Type` when
 * the contract gives no such header.
 *
 * @example
 * buildResponse(interaction.response, context).status // 404
 */
export function buildResponse(response: PactResponse, context: GeneratorContext): ReplayedResponse {
  const generators = response.generators
  const status = generators.status ? Number(generateValue(generators.status, response.status, context)) : response.status
  const headers: Array<[string, string]> = []
  for (const [name, values] of response.headers) {
    const generator = generators.header.get(name.toLowerCase())
    const joined = values.join(', ')
    headers.push([name, generator ? String(generateValue(generator, joined, context)) : joined])
  }
  const body = response.body
  if (body !== undefined && body.contentType !== undefined && !headers.some(([name]) => name.toLowerCase() === 'content-type')) {
    headers.push(['Content-Type', body.contentType])
  }
  return { status, headers, body: body === undefined ? undefined : bodyBytes(body, generators.body, context) }
}

/**
 * Whether an answer is the same on every request (no generators), so it can be built once.
 *
 * @example
 * isStaticResponse(interaction.response) // true for plain example answers
 */
export function isStaticResponse(response: PactResponse): boolean {
  const { status, header, body } = response.generators
  return status === undefined && header.size === 0 && body.size === 0
}

function bodyBytes(body: PactBody, generators: PactResponse['generators']['body'], context: GeneratorContext): string | Uint8Array {
  if (body.base64) return new Uint8Array(Buffer.from(String(body.content), 'base64'))
  const json = isJsonType(body.contentType) || typeof body.content !== 'string'
  if (!json) return String(body.content)
  let content = body.content
  if (generators.size > 0) {
    content = structuredClone(content)
    for (const [path, generator] of generators) content = setAtPath(content, parseJsonPath(path), (old) => generateValue(generator, old, context))
  }
  return JSON.stringify(content)
}

/**
 * Whether a content type carries JSON (`application/json`, `application/vnd.error+json`, `…+json; charset=…`).
 *
 * @example
 * isJsonType('application/vnd.error+docplanner+json') // true
 */
export function isJsonType(contentType: string | undefined): boolean {
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  return media === 'application/json' || media.endsWith('+json') || media.endsWith('/json')
}
