import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { suiteSteps } from '../../scripts/lib/suite/suite-steps.ts'
import { parseReportArgs } from '../../scripts/lib/report/report-options.ts'

describe('the main job', () => {
  const steps = suiteSteps('out')

  it('runs every step whose results the report reads before the report, so no column is left "not run"', () => {
    expect(steps.map((step) => step.name)).toEqual(['contracts', 'replay', 'verify', 'drift', 'report'])
    const report = parseReportArgs(['--out-dir', 'out'], PROJECT_ROOT)
    expect(steps.find((step) => step.name === 'replay')!.args).toEqual(expect.arrayContaining(['--reports-dir', 'out']))
    expect(report.replayFile).toBe(join(PROJECT_ROOT, 'out', 'replay-served'))
    expect(steps.find((step) => step.name === 'verify')!.args.join(' ')).toContain(`--out out/verify.json`)
  })

  it('starts only scripts that exist', () => {
    for (const step of steps) expect(existsSync(join(PROJECT_ROOT, step.script)), step.script).toBe(true)
  })
})
