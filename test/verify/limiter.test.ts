import { describe, expect, it } from 'vitest'
import { limiter } from '../../scripts/lib/verify/limiter.ts'

describe('limiter', () => {
  it('runs no more tasks at once than its limit, and every task in the end', async () => {
    const slot = limiter(2)
    let running = 0
    let most = 0
    const task = (value: number) => async () => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running--
      return value
    }
    expect(await Promise.all([1, 2, 3, 4, 5].map((value) => slot(task(value))))).toEqual([1, 2, 3, 4, 5])
    expect(most).toBe(2)
  })

  it('frees the slot of a task that fails', async () => {
    const slot = limiter(1)
    await expect(slot(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await slot(async () => 'next')).toBe('next')
  })
})
