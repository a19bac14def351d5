import type { SandboxRequest, SandboxResponse } from './sandbox-types.ts'

/** One route: a method and a path pattern whose `:name` segments become parameters. */
export interface Route<Context> {
  method: string
  pattern: string
  handle(request: SandboxRequest, params: Record<string, string>, context: Context): SandboxResponse | Promise<SandboxResponse>
}

/** What matching a request against the table found. */
export type RouteMatch<R> =
  { kind: 'found'; route: R; params: Record<string, string> } | { kind: 'method-not-allowed'; allowed: string[] } | { kind: 'no-route' }

/**
 * A table of routes, matched by path first and method second, so that a known path with the wrong
 * method can be told apart from an unknown path. Routes may carry more fields (e.g. a scope);
 * `R` keeps their type.
 *
 * @example
 * const routes = routeTable([{ method: 'GET', pattern: '/users/:id', handle: getUser }])
 * routes.match(request) // { kind: 'found', route, params: { id: '42' } }
 */
export function routeTable<Context, R extends Route<Context> = Route<Context>>(routes: R[]) {
  const compiled = routes.map((route) => ({ route, segments: route.pattern.split('/') }))
  return {
    match(request: Pick<SandboxRequest, 'method' | 'path'>): RouteMatch<R> {
      const requestSegments = request.path.split('/')
      const allowed: string[] = []
      for (const { route, segments } of compiled) {
        const params = matchSegments(segments, requestSegments)
        if (!params) continue
        if (route.method === request.method) return { kind: 'found', route, params }
        allowed.push(route.method)
      }
      return allowed.length ? { kind: 'method-not-allowed', allowed } : { kind: 'no-route' }
    },
  }
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | undefined {
  // A trailing slash is not significant: `/users/` and `/users` are the same route.
  const trim = (parts: string[]) => (parts.length > 1 && parts.at(-1) === '' ? parts.slice(0, -1) : parts)
  const want = trim(pattern)
  const got = trim(actual)
  if (want.length !== got.length) return undefined
  const params: Record<string, string> = {}
  for (const [index, segment] of want.entries()) {
    const value = got[index] ?? ''
    if (segment.startsWith(':')) {
      if (value === '') return undefined
      params[segment.slice(1)] = value
    } else if (segment !== value) return undefined
  }
  return params
}
