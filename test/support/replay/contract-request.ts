import type { ReplayInteraction } from '../../../consumers/replay/replay-interaction.ts'

/**
 * The request an interaction describes, as a fetch `Request` against a base URL: its path,
 * query, headers and body with the contract's example values.
 *
 * @example
 * const request = contractRequest(interaction, 'http://127.0.0.1:4321')
 * await fetch(request)
 */
export function contractRequest(interaction: ReplayInteraction, baseUrl: string, extraHeaders: Record<string, string> = {}): Request {
  const { method, path, query, headers, body } = interaction.request
  const url = new URL(baseUrl.replace(/\/+$/, '') + path)
  // The contract's path is already percent-encoded; URL keeps it as it is.
  for (const [key, values] of query) for (const value of values) url.searchParams.append(key, value)
  const init: RequestInit = { method, headers: { ...Object.fromEntries([...headers].map(([name, values]) => [name, values.join(', ')])), ...extraHeaders } }
  if (body !== undefined) {
    init.body = body.base64 ? Buffer.from(String(body.content), 'base64') : typeof body.content === 'string' ? body.content : JSON.stringify(body.content)
  }
  return new Request(url, init)
}
