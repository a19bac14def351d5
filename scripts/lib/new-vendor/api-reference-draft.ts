import { PLACEHOLDER_OPERATION } from './draft-entries.ts'
import type { VendorPlan } from './vendor-plan.ts'

/** The key of the placeholder source every placeholder fact names. */
export const TO_FILL_IN_SOURCE = 'to-fill-in'

/**
 * `providers/<id>/api-reference.json` to fill in: valid and loadable, every fact a placeholder that
 * names the source `to-fill-in` (whose locator is the error page, the one document read so far):
 * the host, an OAuth 2.0 client-credentials token flow, and the placeholder operation the drafts'
 * requests use, listing their statuses.
 *
 * @example
 * apiReferenceDraft(plan).operations[0].id // 'toFillIn'
 */
export function apiReferenceDraft({ names, host, catalog, today }: VendorPlan): Record<string, unknown> {
  const at = 'to fill in'
  const source = TO_FILL_IN_SOURCE
  return {
    $comment: `Started by npm run new-vendor: every fact is a placeholder to fill in from ${names.display}'s own reference (its OpenAPI document, SDK or guide), each with its source and where in it (README "The API reference").`,
    vendor: names.id,
    read: today,
    sources: {
      [source]: {
        title: `to fill in: ${names.display}'s API reference (this locator is its error page, the one document read so far)`,
        url: catalog.page,
        read: today,
        note: 'to fill in: a placeholder source; name the documents the facts come from',
      },
    },
    hosts: [{ name: 'api', baseUrl: host, source, at, note: 'to fill in: a placeholder host under .invalid, which resolves nowhere' }],
    tokenFlows: [
      {
        id: 'client-credentials',
        tokenUrls: [`${host}/oauth/token`],
        method: 'POST',
        contentType: 'application/x-www-form-urlencoded',
        grantType: 'client_credentials',
        clientAuth: 'form-body',
        params: { required: ['grant_type', 'client_id', 'client_secret'] },
        responseFields: ['access_token', 'token_type', 'expires_in'],
        apiAuthorization: 'Bearer <access_token>',
        source,
        at,
        note: 'to fill in: OAuth 2.0 client credentials is assumed until the vendor’s own token flow is read',
      },
    ],
    operations: [
      {
        id: PLACEHOLDER_OPERATION.id,
        method: PLACEHOLDER_OPERATION.method,
        path: PLACEHOLDER_OPERATION.path,
        pathParams: { draft: { type: 'string', required: true } },
        successStatus: 200,
        errorStatuses: [...new Set(catalog.errors.map((entry) => entry.status))].sort((a, b) => a - b),
        source,
        at,
        note: 'to fill in: a placeholder standing for the requests of the draft entries (one per draft id); replace it with the vendor’s operations',
      },
    ],
  }
}
