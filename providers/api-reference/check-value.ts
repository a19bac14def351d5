import type { FieldRule } from './api-reference-schema.ts'

const FORMATS: Record<NonNullable<FieldRule['format']>, RegExp> = {
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/,
  email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
}

/**
 * The rules of the reference a value breaks, as `<rule>:<where>` (`type:body.note`,
 * `maxLength:body.note`, `enum:query.status`). A value of the wrong type is reported for its
 * type only. `asText` reads a query or path value, which always arrives as a string.
 *
 * @example
 * brokenRules({ type: 'string', maxLength: 3 }, 'abcd', 'body.note') // ['maxLength:body.note']
 */
export function brokenRules(rule: FieldRule, value: unknown, where: string, asText = false): string[] {
  const types = rule.type === undefined ? [] : Array.isArray(rule.type) ? rule.type : [rule.type]
  if (value === null) return rule.nullable === true || types.includes('null') || types.length === 0 ? [] : [`type:${where}`]
  const typed = asText ? fromText(value as string, types) : value
  if (types.length > 0 && !types.some((type) => hasType(typed, type))) return [`type:${where}`]
  const broken: string[] = []
  if (rule.enum !== undefined && !rule.enum.some((allowed) => allowed === typed || String(allowed) === String(value))) broken.push(`enum:${where}`)
  if (typeof typed === 'string') {
    if (rule.format !== undefined && !FORMATS[rule.format].test(typed)) broken.push(`format:${where}`)
    if (rule.minLength !== undefined && typed.length < rule.minLength) broken.push(`minLength:${where}`)
    if (rule.maxLength !== undefined && typed.length > rule.maxLength) broken.push(`maxLength:${where}`)
    if (rule.pattern !== undefined && !new RegExp(rule.pattern).test(typed)) broken.push(`pattern:${where}`)
  }
  if (typeof typed === 'number') {
    if (rule.minimum !== undefined && typed < rule.minimum) broken.push(`minimum:${where}`)
    if (rule.maximum !== undefined && typed > rule.maximum) broken.push(`maximum:${where}`)
  }
  return broken
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'array':
      return Array.isArray(value)
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    default:
      return value === null
  }
}

/** A query or path value read as the type the reference gives it, where it can be. */
function fromText(text: string, types: string[]): unknown {
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(text)) return Number(text)
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true'
  return text
}
