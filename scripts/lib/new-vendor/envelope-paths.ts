import { isJsonObject } from '../../../providers/doc-pages/json-examples.ts'

/** A path into a JSON body: keys, and array positions. */
export type BodyPath = Array<string | number>

/** Where an error body keeps its code, message and status, as the page's example shows it. */
export interface EnvelopePaths {
  /** Where the example's errors are listed, when it lists several (`errors`). */
  items: string | undefined
  code: BodyPath | undefined
  message: BodyPath | undefined
  status: BodyPath | undefined
}

/** Keys that hold an error's code, by trust. */
const CODE_KEYS = ['code', 'error_code', 'errorCode', 'error_type', 'errorType', 'type', 'error', 'name']
/** Keys that hold an error's message. */
const MESSAGE_KEYS = ['message', 'error_description', 'errorMessage', 'error_message', 'detail', 'description', 'title', 'msg']
/** Keys that hold the HTTP status inside a body. */
const STATUS_KEYS = ['status', 'http_status', 'statusCode', 'status_code', 'httpStatus', 'httpStatusCode']

/**
 * Finds where an example body keeps an error's code, message and status: the first object, at the
 * top or nested (in `error`, or in the first item of a list of errors), with one of the keys such
 * bodies use. A code is a string or a number, a message a string, a status a number.
 *
 * @example
 * envelopePaths({ error: { code: 'card_declined', message: 'The card was declined.' } })
 * // { items: undefined, code: ['error', 'code'], message: ['error', 'message'], status: undefined }
 */
export function envelopePaths(body: unknown): EnvelopePaths {
  const list = isJsonObject(body) ? Object.entries(body).find(([, value]) => Array.isArray(value) && value.some(isJsonObject)) : undefined
  const items = list !== undefined && findKey(list[1], CODE_KEYS, isCode) !== undefined ? list[0] : undefined
  const item = items === undefined ? body : (isJsonObject(body) ? (body[items] as unknown[]) : []).find(isJsonObject)
  return {
    items,
    code: findKey(item, CODE_KEYS, isCode),
    message: findKey(item, MESSAGE_KEYS, (value) => typeof value === 'string'),
    status: findKey(item, STATUS_KEYS, (value) => typeof value === 'number' && value >= 100 && value <= 599),
  }
}

/**
 * A body path as the catalog writes body paths: `errors[0].code`.
 *
 * @example
 * pathText(['errors', 0, 'code']) // 'errors[0].code'
 */
export function pathText(path: BodyPath): string {
  return path.map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`)).join('')
}

function isCode(value: unknown): boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
}

/** The path of the first key of `keys` holding a value that `accepts`, at this level, then one level down, then in a list's first item. */
function findKey(value: unknown, keys: readonly string[], accepts: (value: unknown) => boolean, depth = 0): BodyPath | undefined {
  if (Array.isArray(value)) {
    const index = value.findIndex(isJsonObject)
    const found = index === -1 || depth > 2 ? undefined : findKey(value[index], keys, accepts, depth + 1)
    return found && [index, ...found]
  }
  if (!isJsonObject(value)) return undefined
  for (const key of keys) if (key in value && accepts(value[key])) return [key]
  if (depth > 2) return undefined
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner !== 'object' || inner === null) continue
    const found = findKey(inner, keys, accepts, depth + 1)
    if (found) return [key, ...found]
  }
  return undefined
}
