import { jsonBody } from '../../sandbox-kit/read-request.ts'
import { routeTable } from '../../sandbox-kit/route-table.ts'
import type { JsonValue, SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import { planSourceFailure } from './envelope.ts'
import type { PlanSourceStore } from './plansource-store.ts'

/** Where PlanSource's Admin API v2 lives on its host. */
export const API_PREFIX = '/admin/v2'

/** The Admin API's success envelope: `{"status":"success","errors":[],"data":…}`. */
const success = (data: JsonValue): SandboxResponse => ({
  status: 200,
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
  body: { status: 'success', errors: [], data },
})
const isObject = (value: JsonValue | undefined): value is Record<string, JsonValue> => typeof value === 'object' && value !== null && !Array.isArray(value)
const text = (value: JsonValue | undefined) => (typeof value === 'string' && value.trim() !== '' ? value : undefined)
const strings = (value: JsonValue | undefined): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined

// Assumption: a body that is not a JSON object is a 400 like the documented body errors.
const unreadableBody = () => planSourceFailure(400, 'The request body is not a JSON object.', 400, { withData: true })

/** The request's JSON object body, or undefined when the body is not one (answered with {@link unreadableBody}). */
function objectBody(request: SandboxRequest): Record<string, JsonValue> | undefined {
  const body = jsonBody(request)
  return body.ok && isObject(body.value) ? body.value : undefined
}

/** The reference's wording for missing administrator attributes (its PUT /administrator/{id} 400 example). */
const invalidAttributes = (names: string[]) => planSourceFailure(400, `Invalid Attributes: ${names.join(', ')} is/are required.`, 400, { withData: true })

const FAR_LOOKUP_CODES = ['update_all', 'import', 'read_only', 'subscriber', 'batch_import']
const USER_TYPES = ['org_admin', 'master_admin']

/**
 * The Admin API v2 routes the suite calls, relative to {@link API_PREFIX}, answering as the
 * Admin API's OpenAPI document and the error page describe them.
 *
 * @example
 * planSourceRoutes.match({ method: 'GET', path: '/eoi/subscriber/1001' })
 */
export const planSourceRoutes = routeTable<PlanSourceStore>([
  {
    method: 'POST',
    pattern: '/subscriber',
    handle(request, _params, store) {
      const fields = objectBody(request)
      if (fields === undefined) return unreadableBody()
      if (!text(fields.user_name) && !(text(fields.first_name) && text(fields.last_name)))
        return planSourceFailure(400, 'A user_name or first_name and last_name is required.', 400, { withData: true })
      // The subscriber body is flat and has no organization field; like any field it does not
      // list, one sent anyway is ignored (assumption: the schema sets no additionalProperties).
      const created = store.addSubscriber(fields)
      return success({ ...fields, id: created.id })
    },
  },
  {
    method: 'GET',
    pattern: '/eoi/subscriber/:subscriber_id',
    handle(_request, params, store) {
      const subscriber = store.subscribers.get(params.subscriber_id ?? '')
      if (!subscriber) return planSourceFailure(404, 'Employee not found', 404, { withData: false })
      const { first_name = null, last_name = null } = subscriber.fields as Record<string, JsonValue>
      return success({ id: subscriber.id, first_name, last_name, pending_eoi: [] })
    },
  },
  {
    method: 'GET',
    pattern: '/coverage/meta',
    handle() {
      // The reference gives this call no parameters: any query is ignored, and nothing names a coverage.
      return success({ termination_reasons: { update: true, required: false, caption: 'Termination Reason', data_type: 'STRING', validation_data: [] } })
    },
  },
  {
    method: 'GET',
    pattern: '/coverage/:coverage_id/lines',
    handle(_request, params, store) {
      const coverage = store.coverages.get(params.coverage_id ?? '')
      if (!coverage) return planSourceFailure(404, 'Invalid coverage', 404, { withData: false })
      return success({ id: 1, coverage_id: coverage.id, org_plan_name: coverage.name })
    },
  },
  {
    method: 'PUT',
    pattern: '/eoi/form_completions',
    handle(request) {
      const fields = objectBody(request)
      if (fields === undefined) return unreadableBody()
      const completions = fields.form_completions
      if (completions === undefined || completions === null)
        return planSourceFailure(422, "Parameter 'form_completions' is required", null, { withData: false })
      // The reference and the EOI fields page give form_completions as an object. Assumption: any
      // other type is a 400 in the envelope (no source says what PlanSource answers).
      if (!isObject(completions)) return planSourceFailure(400, "Parameter 'form_completions' must be an object.", 400, { withData: true })
      return success({ valid_count: 1, failed_count: 0, failed_rows: [] })
    },
  },
  {
    method: 'POST',
    pattern: '/administrator',
    handle(request, _params, store) {
      const fields = objectBody(request)
      if (fields === undefined) return unreadableBody()
      const roles = strings(fields.roles)
      const codes = strings(fields.organization_codes)
      const user = fields.user
      const missing = [
        ...(roles === undefined || roles.length === 0 ? ['roles'] : []),
        ...(codes === undefined || codes.length === 0 ? ['organization_codes'] : []),
        ...(typeof fields.far_lookup_code !== 'string' || !FAR_LOOKUP_CODES.includes(fields.far_lookup_code) ? ['far_lookup_code'] : []),
        ...(typeof fields.user_type !== 'string' || !USER_TYPES.includes(fields.user_type) ? ['user_type'] : []),
        ...(user !== undefined && !(isObject(user) && text(user.user_name)) ? ['user_name'] : []),
        // The body's description: population lookup codes are required for an organization administrator.
        ...(fields.user_type === 'org_admin' && !strings(fields.org_populations)?.length ? ['org_populations'] : []),
      ]
      // Assumption: attributes are checked before the organizations they name.
      if (missing.length > 0) return invalidAttributes(missing)
      const unknown = codes!.filter((code) => !store.organizations.has(code))
      if (unknown.length > 0) return planSourceFailure(400, `Organization(s) with code(s) ${unknown.join(', ')} not found.`, 400, { withData: true })
      const userName = isObject(user) ? String(user.user_name) : `admin_${store.administrators.size + 1}`
      const created = store.addAdministrator({ user_name: userName, organization_codes: codes! })
      return success({ id: created.id, user_name: created.user_name })
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
