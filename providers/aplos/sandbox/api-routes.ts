import { jsonBody } from '../../sandbox-kit/read-request.ts'
import { routeTable, type Route } from '../../sandbox-kit/route-table.ts'
import type { JsonValue, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import type { AplosApiClient } from './api-clients.ts'
import { aplosData, aplosError } from './envelope.ts'
import type { AplosLedger } from './ledger.ts'
import { checkTransaction } from './transaction-rules.ts'

/** Where Aplos's API v1 lives on its host. */
export const API_PREFIX = '/hermes/api/v1'

/** What a route sees: the books and the client the token belongs to. */
export interface AplosContext {
  ledger: AplosLedger
  client: AplosApiClient
}

/** 403 3000 unless the account shares `resource` with the client (documented: "data not available to the client"). */
const shared = (context: AplosContext, resource: string): SandboxResponse | undefined =>
  context.client.resources.has(resource) ? undefined : aplosError(403, 3000)

/** A GET of a whole resource: 403 3000 unless the account shares it, else 200 with what `list` gives. */
const listing =
  (resource: string, list: (context: AplosContext) => Record<string, JsonValue>): Route<AplosContext>['handle'] =>
  (_request, _params, context) =>
    shared(context, resource) ?? aplosData(200, list(context))

function postTransaction(body: ReturnType<typeof jsonBody>, context: AplosContext): SandboxResponse {
  // Documented: "Missing or invalid data in a POST or PUT body" -> 4000 "Invalid data (bad JSON?)".
  if (!body.ok) return aplosError(422, 4000)
  const check = checkTransaction(body.value, context.ledger)
  if (!check.ok) return aplosError(422, check.code, check.message)
  return aplosData(201, { transaction: context.ledger.record(check.transaction) as unknown as JsonValue })
}

/**
 * The resources the README names (`/accounts`, `/funds`, `/transactions`, `/individual_contributions`,
 * `/partners/verify`), relative to {@link API_PREFIX}. A PUT or DELETE without an id is the
 * documented 422 3002 "ID is required."; an unknown id 422 3001 (assumption: the page gives 422 as
 * the generic client error and no 404).
 *
 * @example
 * aplosRoutes.match({ method: 'GET', path: '/accounts' })
 */
export const aplosRoutes = routeTable<AplosContext>([
  {
    method: 'GET',
    pattern: '/accounts',
    handle: listing('accounts', (context) => ({ accounts: [...context.ledger.accounts.values()] as unknown as JsonValue })),
  },
  { method: 'GET', pattern: '/funds', handle: listing('funds', (context) => ({ funds: [...context.ledger.funds.values()] })) },
  { method: 'GET', pattern: '/individual_contributions', handle: listing('individual_contributions', () => ({ contributions: [] })) },
  {
    method: 'GET',
    pattern: '/partners/verify',
    handle: (_request, _params, context) => (context.client.partner ? aplosData(200, { verified: true }) : aplosError(422, 1006)),
  },
  {
    method: 'GET',
    pattern: '/transactions',
    handle: listing('transactions', (context) => ({ transactions: [...context.ledger.transactions.values()] as unknown as JsonValue })),
  },
  {
    method: 'POST',
    pattern: '/transactions',
    handle: (request, _params, context) => shared(context, 'transactions') ?? postTransaction(jsonBody(request), context),
  },
  { method: 'PUT', pattern: '/transactions', handle: (_request, _params, context) => shared(context, 'transactions') ?? aplosError(422, 3002) },
  { method: 'DELETE', pattern: '/transactions', handle: (_request, _params, context) => shared(context, 'transactions') ?? aplosError(422, 3002) },
  {
    method: 'GET',
    pattern: '/transactions/:id',
    handle(_request, params, context) {
      const transaction = context.ledger.transactions.get(Number(params.id))
      return shared(context, 'transactions') ?? (transaction ? aplosData(200, { transaction: transaction as unknown as JsonValue }) : aplosError(422, 3001))
    },
  },
  {
    method: 'DELETE',
    pattern: '/transactions/:id',
    handle(_request, params, context) {
      if (!context.ledger.transactions.delete(Number(params.id))) return aplosError(422, 3001)
      return aplosData(200, { deleted: Number(params.id) })
    },
  },
])
