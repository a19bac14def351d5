import { describe, expect, it } from 'vitest'
import { StraceCallReader } from '../../scripts/lib/net-guard/strace-calls.ts'
import { CHROMIUM_TRACE } from './support/recorded-strace.ts'

describe('StraceCallReader', () => {
  it('puts a call that another thread interrupted back together, at the position of its first line', () => {
    const reader = new StraceCallReader()
    const calls = CHROMIUM_TRACE.map((line) => reader.read(line)).filter((call) => call !== undefined)
    const probe = calls.find((call) => call.pid === 15896 && call.syscall === 'connect')
    expect(probe).toMatchObject({ seq: 8, result: '0' })
    expect(probe?.args).toMatch(/^27, \{sa_family=AF_INET6, .*"2001:4860:4860::8888".*\}, 28$/)
    expect(calls.find((call) => call.syscall === 'clone3')).toMatchObject({ pid: 15845, seq: 7, result: '15896' })
  })

  it('skips signals, exits and lines that are not calls', () => {
    const reader = new StraceCallReader()
    for (const line of ['15896 --- SIGURG {si_signo=SIGURG, si_code=SI_TKILL} ---', '15896 +++ exited with 0 +++', 'strace: Process 15896 attached', '']) {
      expect(reader.read(line), line).toBeUndefined()
    }
  })

  it('hands back, once, the calls that never resumed', () => {
    const reader = new StraceCallReader()
    reader.read('41 connect(3, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("192.0.2.7")}, 16 <unfinished ...>')
    expect(reader.takeUnfinished()).toEqual([
      { seq: 0, pid: 41, syscall: 'connect', args: '3, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("192.0.2.7")}, 16', result: '?' },
    ])
    expect(reader.takeUnfinished()).toEqual([])
  })
})
