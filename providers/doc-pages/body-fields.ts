import type { BodyFields } from './example-rule.ts'
import { isJsonObject } from './json-examples.ts'

/** The values an example body gives for a documented error's fields, and the key its status came from. */
export interface BodyValues {
  status: number | null
  code: string | number | null
  name: string | null
  message: string | null
  description: string | null
  /** The last key of the status path (`http_status`), for warnings that name it. */
  statusKey: string | null
}

/**
 * The value at a dotted path of a JSON body (`exception.code`, `errors[0].code`), or undefined.
 *
 * @example
 * valueAt({ exception: { code: 1002 } }, 'exception.code') // 1002
 */
export function valueAt(body: unknown, path: string): unknown {
  let value = body
  for (const step of path.split(/\.|(?=\[)/)) {
    const index = /^\[(\d+)\]$/.exec(step)
    if (index) value = Array.isArray(value) ? value[Number(index[1])] : undefined
    else if (isJsonObject(value)) value = value[step]
    else return undefined
  }
  return value
}

/**
 * Reads an example body by the first of its shapes it is of: it has the shape's `when` path, or,
 * for a shape without one, one of its fields (a status or code of the right type, or a text); a body
 * of none gives nulls. A status is a number, a code a number or a string, the rest strings: what
 * the page writes otherwise states nothing.
 *
 * @example
 * bodyValues({ errors: { http_status: 404, message: 'Employee not found', error_code: 404 } }, [{ status: 'errors.http_status', code: 'errors.error_code', message: 'errors.message' }])
 * // { status: 404, code: 404, name: null, message: 'Employee not found', description: null, statusKey: 'http_status' }
 */
export function bodyValues(body: unknown, shapes: readonly BodyFields[]): BodyValues {
  const read = shapes.map((shape) => ({ shape, values: valuesOf(body, shape) }))
  const isOf = ({ shape, values }: (typeof read)[number]) =>
    shape.when !== undefined
      ? valueAt(body, shape.when) !== undefined && valueAt(body, shape.when) !== null
      : Object.entries(values).some(([key, value]) => key !== 'statusKey' && value !== null)
  return (read.find(isOf) ?? read[0]!).values
}

function valuesOf(body: unknown, shape: BodyFields): BodyValues {
  const text = (path: string | undefined) => {
    const value = path === undefined ? undefined : valueAt(body, path)
    return typeof value === 'string' ? value : null
  }
  const status = shape.status === undefined ? undefined : valueAt(body, shape.status)
  const code = shape.code === undefined ? undefined : valueAt(body, shape.code)
  return {
    status: typeof status === 'number' ? status : null,
    code: typeof code === 'number' || typeof code === 'string' ? code : null,
    name: text(shape.name),
    message: text(shape.message),
    description: text(shape.description),
    statusKey: shape.status?.split('.').at(-1) ?? null,
  }
}
