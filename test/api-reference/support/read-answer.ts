import type { ProbeAnswer } from '../../../providers/api-reference/reference-probe.ts'

/**
 * Reads a sandbox's answer whole: status, headers, text, and the body as JSON where it is JSON.
 *
 * @example
 * const answer = await readAnswer(await fetch(`${sandbox.url}/api/v1/users/`))
 * answer.json // { total: 1, results: [...] }
 */
export async function readAnswer(response: Response): Promise<ProbeAnswer> {
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json }
}
