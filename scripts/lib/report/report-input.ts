import { readFileSync } from 'node:fs'
import type { z } from 'zod'

/**
 * One input of the report, as found: read and valid, absent (that step did not run), or present
 * but unusable (the problem names the file and the field). Absent and invalid inputs show as
 * "not run" in the report, never as passed.
 */
/**
 * The part of a zod schema `readJsonInput` uses. Typed structurally rather than as `z.ZodType<T>`:
 * inferring `T` through zod's full schema type costs the type checker about a second.
 */
export interface JsonSchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: z.ZodError }
}

export type ReportInput<T> =
  { state: 'loaded'; file: string; data: T } | { state: 'missing'; file: string } | { state: 'invalid'; file: string; problem: string }

/**
 * Reads a JSON report written by another command and validates it against a schema.
 *
 * @example
 * const verify = readJsonInput('reports/verify.json', VerifyResults)
 * if (verify.state === 'loaded') console.log(verify.data.vendors.length)
 */
export function readJsonInput<T>(file: string, schema: JsonSchema<T>, shownAs: string = file): ReportInput<T> {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { state: 'missing', file: shownAs }
    return { state: 'invalid', file: shownAs, problem: `${shownAs} cannot be read (${code ?? 'unknown error'})` }
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { state: 'invalid', file: shownAs, problem: `${shownAs} is not valid JSON` }
  }
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { state: 'loaded', file: shownAs, data: parsed.data }
  const issue = parsed.error.issues[0]!
  const field = issue.path.map(String).join('.') || '(top level)'
  return { state: 'invalid', file: shownAs, problem: `${shownAs} field ${field}: ${issue.message}` }
}

/**
 * Why a column shows "not run" for an input that is not loaded.
 *
 * @example
 * notRunReason({ state: 'missing', file: 'reports/drift.json' }) // 'reports/drift.json is missing (npm run drift did not run)'
 */
export function notRunReason(input: ReportInput<unknown>, producedBy: string): string {
  if (input.state === 'missing') return `${input.file} is missing (${producedBy} did not run)`
  if (input.state === 'invalid') return `${input.problem}`
  return ''
}
