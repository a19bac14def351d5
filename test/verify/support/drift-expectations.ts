import type { Drift } from '../../../providers/sandbox-kit/drift.ts'
import type { PactFile, PactInteraction } from '../../../providers/verification/pact-file.ts'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every value of a JSON body with its Pact path (`$.errors[0].message`) and the key it sits under. */
function walk(value: Json, path = '$', key?: string): { path: string; key: string | undefined; value: Json }[] {
  const here = [{ path, key, value }]
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => walk(item, `${path}[${index}]`, key))]
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([name, item]) => walk(item, `${path}.${name}`, name))]
  return here
}

/** Whether a matching rule (on the path or one of its parents; Pact's type matchers cascade) loosens the path. */
function loosened(path: string, rules: string[]): boolean {
  return rules.some((rule) => {
    const escaped = rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const pattern = escaped.replaceAll('\\[\\*\\]', '\\[\\d+\\]').replaceAll('\\.\\*', '\\.[^.\\[]+')
    return new RegExp(`^${pattern}(?:$|[.[])`).test(path)
  })
}

/**
 * The interactions of a contract that a drift of the sandbox must turn into mismatches, read from
 * the contract alone: statuses, body keys and values, content types, and which paths the contract
 * matches by type only (a reworded message there is no mismatch). Pending interactions are left out.
 *
 * @example
 * affectedBy({ kind: 'status', from: 404, to: 410 }, contractOf('plusauth'), ['error_description'])
 */
export function affectedBy(drift: Drift, pact: PactFile, messageKeys: readonly string[]): Set<string> {
  const affected = new Set<string>()
  for (const interaction of pact.interactions) {
    if (interaction.raw.pending === true) continue
    if (isAffected(drift, interaction, messageKeys)) affected.add(interaction.description)
  }
  return affected
}

function isAffected(drift: Drift, interaction: PactInteraction, messageKeys: readonly string[]): boolean {
  const response = interaction.raw.response as {
    status: number
    headers?: Record<string, string[]>
    body?: { content?: Json }
    matchingRules?: { body?: Record<string, unknown> }
  }
  if (response.status < 400) return false
  const values = response.body?.content === undefined ? [] : walk(response.body.content)
  const rules = Object.keys(response.matchingRules?.body ?? {})
  switch (drift.kind) {
    case 'status':
      return response.status === drift.from
    case 'rename-key':
      return values.some(({ key, path }) => key === drift.from && path.endsWith(`.${drift.from}`))
    case 'value':
      return values.some(({ key, value, path }) => key === drift.key && value === drift.from && !loosened(path, rules))
    case 'content-type': {
      const type = Object.entries(response.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1]?.[0]
      return type !== undefined && (drift.from === undefined || type.split(';')[0]!.trim() === drift.from)
    }
    case 'reword-messages':
      return values.some(({ key, path, value }) => key !== undefined && messageKeys.includes(key) && typeof value === 'string' && !loosened(path, rules))
  }
}
