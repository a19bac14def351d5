import { describe, expect, it } from 'vitest'
import { outputMode } from '../../scripts/lib/output/output-mode.ts'
import { createProgress } from '../../scripts/lib/output/progress.ts'

function fakeStream(isTTY: boolean, columns = 80) {
  const writes: string[] = []
  return { stream: { isTTY, columns, write: (text: string) => writes.push(text) }, writes, text: () => writes.join('') }
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/

function run(progress: ReturnType<typeof createProgress>) {
  progress.vendorStarted('northwind', 4)
  progress.vendorStarted('fabrikam', 2)
  for (let step = 0; step < 4; step++) progress.vendorStep('northwind')
  progress.vendorStep('fabrikam', { note: 'waiting 2 s (429 Retry-After)' })
  progress.vendorDone('northwind', { outcome: 'ok', summary: '4 verified' })
  progress.vendorStep('fabrikam')
  progress.vendorDone('fabrikam', { outcome: 'failed', summary: '1 verified, 1 mismatch' })
  progress.finish()
}

describe('outputMode', () => {
  it('updates a line on a terminal, writes plain lines when piped or in CI, and nothing when quiet', () => {
    const tty = { isTTY: true, write: () => true }
    const pipe = { write: () => true }
    expect(outputMode({ stream: tty, env: {} })).toEqual({ progress: 'live', colour: true })
    expect(outputMode({ stream: tty, env: { CI: 'true' } }).progress).toBe('lines')
    expect(outputMode({ stream: tty, env: { CI: 'false' } }).progress).toBe('live')
    expect(outputMode({ stream: pipe, env: {} })).toEqual({ progress: 'lines', colour: false })
    expect(outputMode({ stream: tty, env: {}, quiet: true }).progress).toBe('off')
  })

  it('turns colour off for NO_COLOR and TERM=dumb, and keeps it for an empty NO_COLOR', () => {
    const tty = { isTTY: true, write: () => true }
    expect(outputMode({ stream: tty, env: { NO_COLOR: '1' } }).colour).toBe(false)
    expect(outputMode({ stream: tty, env: { TERM: 'dumb' } }).colour).toBe(false)
    expect(outputMode({ stream: tty, env: { NO_COLOR: '' } }).colour).toBe(true)
  })
})

describe('createProgress', () => {
  it('redraws one status line per vendor on a terminal and leaves a line per finished vendor', () => {
    const { stream, text } = fakeStream(true)
    run(createProgress({ task: 'verify', stream, env: {} }))
    const out = text()
    expect(out).toContain('\r\u001b[2K')
    expect(out).toMatch(/verify {2}northwind 4\/4 · fabrikam 1\/2/)
    expect(out).toContain('waiting 2 s (429 Retry-After)\n')
    expect(out).toMatch(/northwind.*4 verified\n/)
    expect(out).toMatch(/fabrikam.*1 verified, 1 mismatch\n/)
    expect(out).toMatch(ANSI)
    expect(out.endsWith('\n') || out.endsWith('\r\u001b[2K')).toBe(true)
  })

  it('clears the updating line on finish, also when a vendor never finished', () => {
    const { stream, text } = fakeStream(true)
    const progress = createProgress({ task: 'verify', stream, env: {} })
    progress.vendorStarted('contoso', 3)
    progress.vendorStep('contoso')
    progress.finish()
    expect(text().endsWith('\r\u001b[2K')).toBe(true)
  })

  it('writes no colour on a terminal when NO_COLOR is set, yet still updates the line', () => {
    const { stream, text } = fakeStream(true)
    run(createProgress({ task: 'verify', stream, env: { NO_COLOR: '1' } }))
    const withoutClear = text().replaceAll('\r\u001b[2K', '')
    expect(withoutClear).not.toMatch(ANSI)
    expect(text()).toContain('\r\u001b[2K')
  })

  it('writes whole plain lines without escapes when the stream is not a terminal', () => {
    const { stream, writes, text } = fakeStream(false)
    run(createProgress({ task: 'verify', unit: 'interactions', stream, env: {} }))
    expect(text()).not.toMatch(ANSI)
    expect(text()).not.toContain('\r')
    expect(writes.every((line) => line.endsWith('\n'))).toBe(true)
    expect(writes).toEqual([
      'verify: northwind: started (4 interactions)\n',
      'verify: fabrikam: started (2 interactions)\n',
      'verify: northwind: 1/4 interactions\n',
      'verify: northwind: 2/4 interactions\n',
      'verify: northwind: 3/4 interactions\n',
      'verify: fabrikam: waiting 2 s (429 Retry-After)\n',
      'verify: fabrikam: 1/2 interactions\n',
      'verify: northwind: ok: 4 verified\n',
      'verify: fabrikam: FAILED: 1 verified, 1 mismatch\n',
    ])
  })

  it('writes plain lines on a terminal in CI', () => {
    const { stream, text } = fakeStream(true)
    run(createProgress({ task: 'drift', stream, env: { CI: 'true' } }))
    expect(text()).not.toContain('\r')
    expect(text()).toContain('drift: fabrikam: FAILED: 1 verified, 1 mismatch\n')
  })

  it('writes nothing at all when quiet, on a terminal or not', () => {
    for (const isTTY of [true, false]) {
      const { stream, writes } = fakeStream(isTTY)
      run(createProgress({ task: 'verify', stream, env: {}, quiet: true }))
      expect(writes).toEqual([])
    }
  })

  it('strips terminal escapes from notes and summaries, which may quote a vendor', () => {
    const { stream, text } = fakeStream(false)
    const progress = createProgress({ task: 'verify', stream, env: {} })
    progress.vendorStep('contoso', { note: 'vendor said \u001b[2Jhello\u0007' })
    progress.vendorDone('contoso', { outcome: 'warning', summary: '\u001b]0;title\u0007x' })
    // eslint-disable-next-line no-control-regex
    expect(text()).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(text()).toContain('vendor said hello\n')
  })

  it('cuts the status line to the terminal width', () => {
    const { stream, writes } = fakeStream(true, 30)
    const progress = createProgress({ task: 'verify', stream, env: { NO_COLOR: '1' } })
    for (const vendor of ['northwind', 'wingtip', 'contoso', 'tailspin', 'fabrikam']) progress.vendorStarted(vendor, 100)
    const lines = writes.filter((text) => !text.startsWith('\r'))
    expect(lines.every((line) => line.length <= 29)).toBe(true)
  })

  it('takes 80 columns when the terminal reports a width of 0', () => {
    const { stream, writes } = fakeStream(true, 0)
    const progress = createProgress({ task: 'verify', stream, env: { NO_COLOR: '1' } })
    progress.vendorStarted('northwind', 10)
    expect(writes).toContain('verify  northwind 0/10')
  })

  it('never throws when the stream fails', () => {
    const progress = createProgress({
      task: 'verify',
      stream: {
        isTTY: true,
        write: () => {
          throw new Error('EPIPE')
        },
      },
      env: {},
    })
    expect(() => run(progress)).not.toThrow()
  })
})
