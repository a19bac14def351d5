import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { parseVerifyOptions, VerifyUsageError } from '../../scripts/lib/verify/verify-options.ts'

/** Any two vendors: the options do not depend on which. */
const [first, second] = VENDOR_IDS

describe('parseVerifyOptions', () => {
  it('defaults to every vendor, text, and the reference sandboxes', () => {
    const options = parseVerifyOptions([])
    expect(options).toMatchObject({ vendors: [...VENDOR_IDS], format: 'text', out: undefined, deadlineMs: 900_000 })
    expect(options.targets.size).toBe(0)
  })

  it('verifies twice as many vendors at once as there are CPU cores, unless --workers says otherwise', () => {
    expect(parseVerifyOptions([]).workers).toBe(2 * availableParallelism())
    expect(parseVerifyOptions(['--workers', '1']).workers).toBe(1)
  })

  it('reads repeated vendors and targets', () => {
    const options = parseVerifyOptions([
      '--vendor',
      first,
      '--vendor',
      second,
      '--target',
      `${first}=http://127.0.0.1:4010/`,
      '--format',
      'junit',
      '--deadline',
      '30',
    ])
    expect(options.vendors).toEqual([first, second])
    expect(options.targets.get(first)).toBe('http://127.0.0.1:4010')
    expect(options).toMatchObject({ format: 'junit', deadlineMs: 30_000 })
  })

  it.each([
    [['--vendor', 'acme'], /--vendor: unknown vendor "acme"/],
    [['--target', first], new RegExp(`--target ${first}: expected <vendor>=<url>`)],
    [['--target', 'acme=http://127.0.0.1'], /--target: unknown vendor "acme"/],
    [['--target', `${first}=ftp://example.com`], new RegExp(`--target ${first}: expected an http or https URL`)],
    [['--target', `${first}=not a url`], new RegExp(`--target ${first}: .* is not a URL`)],
    [['--format', 'pdf'], /--format pdf: expected one of text, json, junit, markdown/],
    [['--deadline', 'soon'], /--deadline soon: expected a number/],
    [['--retries', '1.5'], /--retries 1.5: expected a whole number/],
    [['--workers', '0'], /--workers 0/],
    [['--colour'], /colour/],
  ])('refuses %j with a message naming the option', (argv, message) => {
    expect(() => parseVerifyOptions(argv)).toThrow(VerifyUsageError)
    expect(() => parseVerifyOptions(argv)).toThrow(message)
  })
})
