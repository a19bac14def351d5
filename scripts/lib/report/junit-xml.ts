import { escapeXml } from './escape-markup.ts'

/** How a JUnit test case ended; `failure` is a wrong answer, `error` a check that could not run. */
export type JunitResult = { type: 'pass' } | { type: 'failure' | 'error' | 'skipped'; kind: string; message: string; text?: string }

/** One test case. */
export interface JunitCase {
  classname: string
  name: string
  result: JunitResult
}

/** One test suite: a vendor. */
export interface JunitSuite {
  name: string
  properties?: Record<string, string>
  cases: JunitCase[]
  /** Notes shown with the suite (page warnings). */
  systemOut?: string
}

function counts(cases: readonly JunitCase[]) {
  const count = (type: string) => cases.filter((item) => item.result.type === type).length
  return `tests="${cases.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}"`
}

function caseXml(item: JunitCase): string {
  const open = `    <testcase classname="${escapeXml(item.classname)}" name="${escapeXml(item.name)}" time="0"`
  const { result } = item
  if (result.type === 'pass') return `${open}/>`
  const attributes =
    result.type === 'skipped' ? `message="${escapeXml(result.message)}"` : `type="${escapeXml(result.kind)}" message="${escapeXml(result.message)}"`
  return `${open}>\n      <${result.type} ${attributes}>${escapeXml(result.text ?? '')}</${result.type}>\n    </testcase>`
}

/**
 * A JUnit XML document in the common (Surefire / Jenkins) dialect that CI test tabs read.
 *
 * @example
 * junitXml('verify', [{ name: 'verify.usta', cases: [{ classname: 'verify.usta', name: 'x', result: { type: 'pass' } }] }])
 * @see https://github.com/testmoapp/junitxml
 */
export function junitXml(name: string, suites: readonly JunitSuite[], timestamp: string): string {
  const all = suites.flatMap((suite) => suite.cases)
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${escapeXml(name)}" ${counts(all)} time="0">`]
  for (const suite of suites) {
    lines.push(`  <testsuite name="${escapeXml(suite.name)}" ${counts(suite.cases)} time="0" timestamp="${escapeXml(timestamp)}">`)
    const properties = Object.entries(suite.properties ?? {})
    if (properties.length) {
      lines.push('    <properties>')
      for (const [key, value] of properties) lines.push(`      <property name="${escapeXml(key)}" value="${escapeXml(value)}"/>`)
      lines.push('    </properties>')
    }
    for (const item of suite.cases) lines.push(caseXml(item))
    if (suite.systemOut) lines.push(`    <system-out>${escapeXml(suite.systemOut)}</system-out>`)
    lines.push('  </testsuite>')
  }
  lines.push('</testsuites>', '')
  return lines.join('\n')
}
