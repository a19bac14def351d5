import { valueAtPath } from '../../../consumers/http/body-path.ts'
import { leafPaths } from '../../../providers/catalog/body-paths.ts'
import { envelopePaths, pathText, type BodyPath, type EnvelopePaths } from './envelope-paths.ts'

/** A draft entry's body, with the body paths whose values the page states for this error. */
export interface DraftBody {
  body: Record<string, unknown>
  /** Paths pinned in the contract: the code and message the page gives this error. */
  stable: string[]
  /** Every other leaf, matched by type. */
  varies: string[]
  /** Whether the whole body is ours (the page shows no body for this error, or none at all). */
  assumed: boolean
  /** The paths of `varies` whose values come from another error's example or stand-ins. */
  borrowed: string[]
  /** The message path, where it holds the page's description of the error rather than a message it gives. */
  standIn: string | undefined
}

/** The body a page that shows none is given: an error object with a code and a message. */
export const DEFAULT_ENVELOPE = { error: { code: '<code>', message: '<message>' } }

/** Where the default body keeps the code and message. */
export const DEFAULT_PATHS: EnvelopePaths = { items: undefined, code: ['error', 'code'], message: ['error', 'message'], status: undefined }

/**
 * The page's error format where it can carry every error the page documents (a code where errors
 * have codes, a message where they have messages), else undefined: the drafts then take the
 * default body, as an assumption.
 *
 * @example
 * usableEnvelope(discovered.envelope, [{ code: 'ledger_closed', message: '…' }])
 */
export function usableEnvelope(
  envelope: { body: Record<string, unknown>; paths: EnvelopePaths } | undefined,
  errors: ReadonlyArray<{ code: string | number | null; message: string | null }>,
): { body: Record<string, unknown>; paths: EnvelopePaths } | undefined {
  if (envelope === undefined) return undefined
  if (envelope.paths.code === undefined && errors.some((error) => error.code !== null)) return undefined
  if (envelope.paths.message === undefined && errors.some((error) => error.message !== null)) return undefined
  return envelope
}

/**
 * The body of a draft entry: the error's own example where the page shows one; else the page's
 * error format (or, without one, `{"error": {"code", "message"}}`) with the error's code and
 * message put in. The code is pinned where the page gives one, so is the message where the page
 * gives it as the message; an error without a code leaves the code out and its body is assumed.
 *
 * @example
 * draftBody({ code: 'ledger_closed', message: 'The ledger is closed.', messageRead: true, example: undefined }, envelope)
 * // { body: { error: { code: 'ledger_closed', message: 'The ledger is closed.', request_id: 'req_7Hk2' } }, stable: ['error.code', 'error.message'], … }
 */
export function draftBody(
  error: { code: string | number | null; message: string | null; messageRead: boolean; example: unknown },
  envelope: { body: Record<string, unknown>; paths: EnvelopePaths } | undefined,
): DraftBody {
  const paths = envelope?.paths ?? DEFAULT_PATHS
  if (isObject(error.example) && samePaths(envelopePaths(error.example), paths)) return classify(structuredClone(error.example), paths, error, false)
  const template = structuredClone(envelope?.body ?? DEFAULT_ENVELOPE)
  if (paths.code) (error.code === null ? remove : put)(template, paths.code, error.code)
  if (paths.message) (error.message === null ? remove : put)(template, paths.message, error.message)
  return classify(template, paths, error, envelope === undefined || error.code === null)
}

function classify(
  body: Record<string, unknown>,
  paths: EnvelopePaths,
  error: { code: string | number | null; messageRead: boolean },
  assumed: boolean,
): DraftBody {
  const pinned = new Set<string>()
  if (!assumed && paths.code && error.code !== null) pinned.add(pathText(paths.code))
  if (!assumed && paths.message && error.messageRead && valueAtPath(body, paths.message) !== undefined) pinned.add(pathText(paths.message))
  const leaves = leafPaths(body).filter((path) => path !== '')
  const varies = leaves.filter((path) => !pinned.has(path))
  const message = paths.message && !error.messageRead && valueAtPath(body, paths.message) !== undefined ? pathText(paths.message) : undefined
  const standIn = assumed ? undefined : message
  return {
    body,
    stable: leaves.filter((path) => pinned.has(path)),
    varies,
    assumed,
    borrowed: assumed ? [] : varies.filter((path) => path !== standIn),
    standIn,
  }
}

function put(body: unknown, path: BodyPath, value: unknown): void {
  const parent = valueAtPath(body, path.slice(0, -1)) as Record<string | number, unknown> | undefined
  if (parent !== undefined && parent !== null) parent[path.at(-1)!] = value
}

function remove(body: unknown, path: BodyPath): void {
  const parent = valueAtPath(body, path.slice(0, -1))
  if (isObject(parent)) delete parent[path.at(-1) as string]
}

function samePaths(a: EnvelopePaths, b: EnvelopePaths): boolean {
  const text = (path: BodyPath | undefined) => (path === undefined ? '' : pathText(path))
  return text(a.code) === text(b.code) && text(a.message) === text(b.message)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
