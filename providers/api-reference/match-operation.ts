import type { ApiReferenceFile, FieldRule, ReferenceOperation } from './api-reference-schema.ts'

/** An operation, or a token flow seen as one: what a request is checked against. */
export interface ReferenceTarget {
  id: string
  kind: 'operation' | 'token-flow'
  method: ReferenceOperation['method']
  path: string
  pathParams: Record<string, FieldRule>
  /** Undefined for a token flow: its form parameters are never recorded in a catalog. */
  query: Record<string, FieldRule> | undefined
  body: ReferenceOperation['body']
  /** The path parameters' values in the matched request, decoded. */
  params: Record<string, string>
}

/** What a request's method and path meet in the reference. */
export type OperationMatch = { found: ReferenceTarget } | { found: undefined; problem: 'route' | 'method'; methods: string[] }

/**
 * Finds the operation (or token flow) of the reference that a request's method and path belong
 * to. A path parameter matches one segment, an empty one too (the conformance check then reports
 * it as missing); where several templates match, the one with the most literal segments wins.
 * `route` means no template has this path, `method` that some do but not with this method.
 *
 * @example
 * matchOperation(reference, 'GET', '/admin/v2/eoi/subscriber/1001') // { found: { id: 'getEoiSubscriber', params: { id: '1001' }, … } }
 */
export function matchOperation(reference: ApiReferenceFile, method: string, path: string): OperationMatch {
  const candidates = targetsOf(reference)
    .map((target) => ({ target, params: matchPath(target.path, path) }))
    .filter((candidate): candidate is { target: ReferenceTarget; params: Record<string, string> } => candidate.params !== undefined)
  if (candidates.length === 0) return { found: undefined, problem: 'route', methods: [] }
  const sameMethod = candidates.filter((candidate) => candidate.target.method === method)
  if (sameMethod.length === 0)
    return { found: undefined, problem: 'method', methods: [...new Set(candidates.map((candidate) => candidate.target.method))].sort() }
  const best = sameMethod.sort((a, b) => literalSegments(b.target.path) - literalSegments(a.target.path))[0]!
  return { found: { ...best.target, params: best.params } }
}

/** The operations of a reference, and its token flows as targets of their own. */
export function targetsOf(reference: ApiReferenceFile): ReferenceTarget[] {
  const operations = reference.operations.map((operation): ReferenceTarget => ({
    id: operation.id,
    kind: 'operation',
    method: operation.method,
    path: operation.path,
    pathParams: operation.pathParams,
    query: operation.query,
    body: operation.body,
    params: {},
  }))
  const flows = reference.tokenFlows.flatMap((flow) =>
    flow.tokenUrls.map((url): ReferenceTarget => ({
      id: flow.id,
      kind: 'token-flow',
      method: flow.method,
      path: url.replace(/^https:\/\/[^/]+/, ''),
      pathParams: {},
      query: undefined,
      body: undefined,
      params: {},
    })),
  )
  return [...operations, ...flows]
}

function matchPath(template: string, path: string): Record<string, string> | undefined {
  const want = template.split('/')
  const have = path.split('?')[0]!.split('/')
  if (want.length !== have.length) return undefined
  const params: Record<string, string> = {}
  for (const [index, segment] of want.entries()) {
    const actual = have[index]!
    const parameter = /^\{([^}]+)\}$/.exec(segment)
    if (parameter) params[parameter[1]!] = safeDecode(actual)
    else if (segment !== actual) return undefined
  }
  return params
}

function literalSegments(template: string): number {
  return template.split('/').filter((segment) => segment !== '' && !segment.startsWith('{')).length
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
