import type { FieldRule } from './api-reference-schema.ts'
import { brokenRules } from './check-value.ts'

/** A body as the reference describes it. */
export interface BodyRules {
  fields: Record<string, FieldRule>
  additionalFields: boolean
  requireOneOf?: string[][] | undefined
}

/**
 * The rules of the reference a JSON request body breaks: `required:body.<path>` for a required
 * field missing from a parent that is present, `unknown-field:body.<path>` for a field the
 * reference does not list (only the outermost one, and only where it allows no others), and the
 * value rules of {@link brokenRules}. Paths are dotted, array items `[]`.
 *
 * @example
 * bodyRulesBroken({ fields: { name: { type: 'string', required: true } }, additionalFields: false }, { nmae: 'x' })
 * // ['required:body.name', 'unknown-field:body.nmae']
 */
export function bodyRulesBroken(rules: BodyRules, body: unknown): string[] {
  const broken: string[] = []
  const requiredUnder = new Map<string, string[]>()
  for (const [path, rule] of Object.entries(rules.fields)) {
    if (rule.required === true) requiredUnder.set(parentOf(path), [...(requiredUnder.get(parentOf(path)) ?? []), path])
  }
  const visit = (value: unknown, path: string) => {
    if (path !== '') {
      const rule = rules.fields[path]
      if (rule === undefined) {
        if (!rules.additionalFields && !hasListedDescendant(rules, path)) {
          broken.push(`unknown-field:body.${path}`)
          return
        }
      } else {
        const valueBroken = brokenRules(rule, value, `body.${path}`)
        broken.push(...valueBroken)
        if (valueBroken.some((name) => name.startsWith('type:'))) return
      }
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, `${path}[]`)
    } else if (typeof value === 'object' && value !== null) {
      for (const field of requiredUnder.get(path) ?? []) if (!Object.hasOwn(value, lastKey(field))) broken.push(`required:body.${field}`)
      for (const [key, item] of Object.entries(value)) visit(item, path === '' ? key : `${path}.${key}`)
    }
  }
  visit(body, '')
  for (const group of rules.requireOneOf ?? []) {
    if (!group.some((path) => hasField(body, path))) broken.push(`required-one-of:body.${group.join('|')}`)
  }
  return [...new Set(broken)]
}

/** `a[].b` → `a[]`, `a.b` → `a`, `a` → ``. */
function parentOf(path: string): string {
  const dot = path.lastIndexOf('.')
  return dot === -1 ? '' : path.slice(0, dot)
}

/** Whether a body has a value at a dotted path (no array steps). */
function hasField(body: unknown, path: string): boolean {
  let current: unknown = body
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return false
    current = (current as Record<string, unknown>)[key]
  }
  return true
}

/** `a[].b` → `b`. */
function lastKey(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1)
}

/** An array item path like `a[]` is listed through its own fields even when `a[]` itself is not. */
function hasListedDescendant(rules: BodyRules, path: string): boolean {
  return Object.keys(rules.fields).some((field) => field.startsWith(`${path}.`) || field.startsWith(`${path}[]`))
}
