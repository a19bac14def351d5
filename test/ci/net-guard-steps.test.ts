import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'

const GUARDED = ['npm run net-guard -- npm test', 'npm run net-guard -- npm run suite']

describe('the network guard in CI', () => {
  it('runs the tests and the main job under the guard in the ci workflow, and installs strace first', () => {
    const ci = parse(readFileSync(join(PROJECT_ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')) as { jobs: Record<string, { steps: Array<{ run?: string }> }> }
    const runs = Object.values(ci.jobs).flatMap((job) => job.steps.map((step) => step.run?.trim() ?? ''))
    for (const command of GUARDED) expect(runs, command).toContain(command)
    expect(runs.filter((run) => /^npm (test|run suite)\b/.test(run))).toEqual([])
    const install = runs.findIndex((run) => /apt-get install -y .*\bstrace\b/.test(run))
    expect(install).toBeGreaterThanOrEqual(0)
    expect(install).toBeLessThan(runs.indexOf(GUARDED[0]!))
  })

  it('runs the tests and the main job under the guard in .ci/run, after installing strace where it can', () => {
    const lines = readFileSync(join(PROJECT_ROOT, '.ci', 'run'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
    for (const command of GUARDED) expect(lines, command).toContain(command)
    expect(lines.filter((line) => /^npm (test|run suite)\b/.test(line))).toEqual([])
    const install = lines.findIndex((line) => /^install_debian strace strace /.test(line))
    expect(install).toBeGreaterThanOrEqual(0)
    expect(install).toBeLessThan(lines.indexOf(GUARDED[0]!))
  })
})
