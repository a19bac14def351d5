import type { SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'

/** Keys of Docplanner's envelope that hold human-readable text. */
export const DOCPLANNER_MESSAGE_KEYS = ['message', 'errors'] as const

/** The content type every error answer has ("Every response has specific Content-Type header"). */
export const DOCPLANNER_ERROR_TYPE = 'application/vnd.error+docplanner+json'

/** The page's status table, as messages (the descriptions, one line each). */
export const DOCPLANNER_STATUS_TEXT: Record<number, string> = {
  400: 'Invalid syntax on a request',
  401: 'Authorization has failed',
  403: 'No access to a given resource or conducting forbidden action',
  404: 'Resource has not been found (might be deleted)',
  405: 'Attempted method is not supported by requested endpoint',
  409: 'Request conflicts with current state of server i.e resource is being duplicated',
  429: 'Rate limit has been exceeded',
  500: 'Docplanner server is not operative at the moment',
  502: 'Docplanner server is not operative at the moment',
  503: 'Docplanner server is not operative at the moment',
  504: 'Docplanner server is not operative at the moment',
}

/**
 * Docplanner's error answer: Content-Type `application/vnd.error+docplanner+json` (the page, and
 * every error of the API reference) and the body `{"message": string, "errors": string[]}` (the
 * reference's `Error` schema and the official PHP SDK's model; the page shows no body). Field
 * errors are sent in the schema's reading, `"<field>: <message>"` strings; the reference's 400
 * examples key them by field instead, a reading the catalog keeps as pending. The message is the
 * page's description of the status unless a more specific one is given.
 *
 * @example
 * docplannerError(404) // {"message":"Resource has not been found (might be deleted)","errors":[]}
 * docplannerError(404, [], {}, 'Object not found') // {"message":"Object not found","errors":[]}
 */
export function docplannerError(status: number, errors: string[] = [], headers: Record<string, string> = {}, message?: string): SandboxResponse {
  return {
    status,
    headers: { ...headers, 'Content-Type': DOCPLANNER_ERROR_TYPE },
    body: { message: message ?? DOCPLANNER_STATUS_TEXT[status] ?? 'Error', errors },
  }
}

/** The answer for a server-side failure (500, 502, 503, 504). */
export function docplannerServerFailure(status: number): SandboxResponse {
  return docplannerError(status)
}
