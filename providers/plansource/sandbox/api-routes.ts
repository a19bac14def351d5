import { jsonBody } from '../../sandbox-kit/read-request.ts'
import { routeTable } from '../../sandbox-kit/route-table.ts'
import type { JsonValue, SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import { planSourceFailure } from './envelope.ts'
import type { PlanSourceStore } from './plansource-store.ts'

/** Where PlanSource's Admin API v2 lives on its host. */
export const API_PREFIX = '/admin/v2'

const success = (status: number, data: JsonValue): SandboxResponse => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
  body: { status: 'success', data },
})
const isObject = (value: JsonValue): value is Record<string, JsonValue> => typeof value === 'object' && value !== null && !Array.isArray(value)
const text = (value: JsonValue | undefined) => (typeof value === 'string' && value.trim() !== '' ? value : undefined)

// Assumption: a body that is not a JSON object is a 400 like the documented body errors.
const unreadableBody = () => planSourceFailure(400, 'The request body is not a JSON object.', 400, { withData: true })

/**
 * The Admin API v2 routes whose errors the page documents, relative to {@link API_PREFIX}.
 *
 * @example
 * planSourceRoutes.match({ method: 'GET', path: '/eoi/subscriber/1001' })
 */
export const planSourceRoutes = routeTable<PlanSourceStore>([
  {
    method: 'POST',
    pattern: '/subscriber',
    handle(request, _params, store) {
      const body = jsonBody(request)
      if (!body.ok || !isObject(body.value)) return unreadableBody()
      const fields = body.value
      const userName = text(fields.user_name)
      const firstName = text(fields.first_name)
      const lastName = text(fields.last_name)
      if (!userName && !(firstName && lastName)) return planSourceFailure(400, 'A user_name or first_name and last_name is required.', 400, { withData: true })
      const organization = fields.organization_code
      if (organization !== undefined && organization !== null && !store.organizations.has(String(organization))) {
        return planSourceFailure(400, `Organization(s) with code(s) ${String(organization)} not found.`, 400, { withData: true })
      }
      const created = store.addSubscriber({
        user_name: userName,
        first_name: firstName,
        last_name: lastName,
        organization_code: organization === undefined || organization === null ? undefined : String(organization),
      })
      return success(200, created as unknown as JsonValue)
    },
  },
  {
    method: 'GET',
    pattern: '/eoi/subscriber/:id',
    handle(_request, params, store) {
      const subscriber = store.subscribers.get(params.id ?? '')
      if (!subscriber) return planSourceFailure(404, 'Employee not found', 404, { withData: false })
      return success(200, { subscriber_id: subscriber.id, eoi: [] })
    },
  },
  {
    method: 'GET',
    pattern: '/coverage/meta',
    handle(request, _params, store) {
      // Assumption: the coverage is named by a `coverage_id` query parameter; a missing one is "Invalid coverage" too.
      const coverage = store.coverages.get(request.query.get('coverage_id') ?? '')
      if (!coverage) return planSourceFailure(404, 'Invalid coverage', 404, { withData: false })
      return success(200, coverage)
    },
  },
  {
    method: 'PUT',
    pattern: '/eoi/form_completions',
    handle(request) {
      const body = jsonBody(request)
      if (!body.ok || !isObject(body.value)) return unreadableBody()
      if (!Array.isArray(body.value.form_completions)) return planSourceFailure(422, "Parameter 'form_completions' is required", null, { withData: false })
      return success(200, { updated: body.value.form_completions.length })
    },
  },
])

/**
 * The documented 404 for a route that does not exist: "Requested route 'ubscriber' not found",
 * naming the path after `/admin/v2/`. Assumption: a known path with a method it lacks is routed
 * the same way (Rails answers an unknown method+path pair as an unknown route).
 *
 * @example
 * routeNotFound({ path: '/admin/v2/ubscriber' }).status // 404
 */
export function routeNotFound(request: Pick<SandboxRequest, 'path'>): SandboxResponse {
  const route = request.path.startsWith(`${API_PREFIX}/`) ? request.path.slice(API_PREFIX.length + 1) : request.path.replace(/^\//, '')
  return planSourceFailure(404, `Requested route '${route}' not found`, 'route_not_found', { withData: false })
}
