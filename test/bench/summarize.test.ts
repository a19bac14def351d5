import { describe, expect, it } from 'vitest'
import { summarize } from '../../scripts/lib/bench/summarize.ts'

describe('summarize', () => {
  it('gives the middle value of an odd count as the median', () => {
    expect(summarize([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, runs: 3 })
  })

  it('gives the mean of the two middle values of an even count as the median', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 })
  })

  it('refuses an empty list', () => {
    expect(() => summarize([])).toThrow(Error)
  })
})
