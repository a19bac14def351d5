import type { ApiReferenceFile } from './api-reference-schema.ts'
import { bodyRulesBroken } from './check-body.ts'
import { brokenRules } from './check-value.ts'
import { matchOperation } from './match-operation.ts'

/** A request as a catalog records it. */
export interface RecordedRequest {
  method: string
  path: string
  query?: Record<string, string> | undefined
  body?: unknown
}

/** What the reference says of one request. */
export interface Conformance {
  /** The operation or token flow the request belongs to, when its method and path have one. */
  operation: string | undefined
  /** Every rule the request breaks: `route`, `method`, `required:body.first_name`, `unknown-field:query.coverage_id`, … */
  broken: string[]
}

/**
 * Checks one request against a vendor's API reference: that its method and path belong to an
 * operation (or token flow), that its path parameters are filled in and of the right shape, that
 * it sends only the query parameters the operation lists and every required one, and that its
 * JSON body has the required fields, nesting and value rules. A token request's form body is
 * never recorded, so only its method and path are checked.
 *
 * @example
 * conformance(loadApiReference('plansource'), { method: 'GET', path: '/admin/v2/coverage/meta', query: { coverage_id: '7' } })
 * // { operation: 'getCoverageMeta', broken: ['unknown-field:query.coverage_id'] }
 */
export function conformance(reference: ApiReferenceFile, request: RecordedRequest): Conformance {
  const match = matchOperation(reference, request.method, request.path)
  if (match.found === undefined) return { operation: undefined, broken: [match.problem] }
  const target = match.found
  const broken: string[] = []
  for (const [name, rule] of Object.entries(target.pathParams)) {
    const value = target.params[name]
    if (value === undefined || value === '') broken.push(`required:path.${name}`)
    else broken.push(...brokenRules(rule, value, `path.${name}`, true))
  }
  for (const [name, value] of Object.entries(target.params)) {
    if (value === '' && target.pathParams[name] === undefined) broken.push(`required:path.${name}`)
  }
  if (target.query !== undefined) {
    const query = request.query ?? {}
    for (const [name, value] of Object.entries(query)) {
      const rule = target.query[name]
      if (rule === undefined) broken.push(`unknown-field:query.${name}`)
      else broken.push(...brokenRules(rule, value, `query.${name}`, true))
    }
    for (const [name, rule] of Object.entries(target.query)) if (rule.required === true && !Object.hasOwn(query, name)) broken.push(`required:query.${name}`)
  }
  if (target.kind === 'operation') {
    const hasBody = request.body !== undefined && request.body !== null
    if (target.body === undefined) {
      if (hasBody) broken.push('unknown-field:body')
    } else if (!hasBody) {
      if (Object.values(target.body.fields).some((rule) => rule.required === true)) broken.push('required:body')
    } else broken.push(...bodyRulesBroken(target.body, request.body))
  }
  return { operation: target.id, broken: [...new Set(broken)].sort() }
}
