import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getResponse } from 'msw'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isJsonType } from '../../consumers/replay/build-response.ts'
import { contractRequest } from '../support/replay/contract-request.ts'
import { CONTRACTS_DIR, loadContracts } from '../../consumers/replay/load-contracts.ts'
import { loopbackNamespaceUnavailable } from '../support/replay/loopback-namespace.ts'
import { openNamespacedPactStubs, type NamespacedPactStub, type NamespacedPactStubs } from '../support/replay/namespaced-pact-stubs.ts'
import { createReplayHandler } from '../../consumers/replay/replay-handler.ts'
import type { ReplayInteraction } from '../../consumers/replay/replay-interaction.ts'

/**
 * For every interaction in contracts/, the replay's answer equals what Pact's own stub server
 * answers to the same request in the same provider state: status, the contract's headers, body.
 *
 * One stub per pact file selects by provider state (a request header); one more serves the
 * stateless interactions. Where the stub itself cannot tell two interactions apart (the same request
 * and the same provider state name, e.g. Docplanner's 500/502/503/504 under "the Docplanner API
 * answers {status}"), that interaction is compared with a stub that holds it alone.
 *
 * `pact stub` listens on all interfaces, so every stub runs inside a private network namespace
 * with only a loopback interface (stub-answers-runner.ts under `unshare -rn`); the replay is
 * asked in-process. Where such a namespace cannot be made, the whole file is skipped, saying why.
 */
const STATE_HEADER = 'X-Pact-State'
const REPLAY_ORIGIN = 'http://replay.invalid'
const STUB_ORIGIN = 'http://stub.invalid'
const noNamespace = loopbackNamespaceUnavailable()
const scratch = mkdtempSync(join(tmpdir(), 'replay-stub-'))
const isolated: string[] = []
let stubs: NamespacedPactStubs | undefined
/** Each pact file's two stubs (by provider state, stateless), all started together up front. */
const started = new Map<string, Promise<[NamespacedPactStub | undefined, NamespacedPactStub | undefined]>>()
/**
 * Each interaction's answer from its file's stub, all asked at once up front: the stub takes about
 * 45 ms to answer one request, so asking one by one would take most of the run.
 */
const asked = new Map<ReplayInteraction, Promise<Answer>>()

const byFile = new Map<string, ReplayInteraction[]>()
for (const contracts of loadContracts().values()) {
  for (const interaction of contracts.interactions) byFile.set(interaction.file, [...(byFile.get(interaction.file) ?? []), interaction])
}

if (noNamespace !== undefined) {
  console.warn(
    `SKIPPED test/replay/replay-equals-pact-stub.test.ts: pact stub listens on all interfaces and may only run in a loopback-only network namespace, which cannot be made here: ${noNamespace}`,
  )
}

beforeAll(async () => {
  if (noNamespace !== undefined) return
  const runner = (stubs = await openNamespacedPactStubs())
  for (const [file, interactions] of byFile) {
    const path = join(CONTRACTS_DIR, file)
    const both = Promise.all([
      interactions.some((interaction) => interaction.states.length > 0) ? runner.start({ files: [path], stateHeader: STATE_HEADER }) : undefined,
      // `$^` matches no state name, so with --empty-provider-state only stateless interactions answer.
      interactions.some((interaction) => interaction.states.length === 0)
        ? runner.start({ files: [path], providerState: '$^', emptyProviderState: true })
        : undefined,
    ])
    started.set(file, both)
    for (const interaction of interactions) {
      asked.set(
        interaction,
        both.then(([stateful, stateless]) => stubAnswer(interaction, interaction.states.length > 0 ? stateful! : stateless!)),
      )
    }
    // Each is awaited, and so reported, by its own beforeAll or test.
    for (const pending of [both, ...interactions.map((interaction) => asked.get(interaction)!)]) pending.catch(() => {})
  }
})

afterAll(async () => {
  await stubs?.close()
  rmSync(scratch, { recursive: true, force: true })
  if (isolated.length) console.info(`pact stub needed an isolated stub for ${isolated.length} interactions it cannot select by state: ${isolated.join(', ')}`)
})

for (const [file, interactions] of byFile) {
  describe.skipIf(noNamespace !== undefined)(file, () => {
    let stateful: NamespacedPactStub | undefined
    let stateless: NamespacedPactStub | undefined
    beforeAll(async () => {
      ;[stateful, stateless] = await started.get(file)!
    })
    afterAll(async () => {
      await Promise.all([stateful?.close(), stateless?.close()])
    })

    for (const interaction of interactions) {
      it(`serves "${interaction.id}" exactly as pact stub does`, async () => {
        const replayed = await replayAnswer(interaction)
        let stubbed = await asked.get(interaction)!
        if (!sameAnswer(replayed, stubbed)) {
          isolated.push(interaction.id)
          stubbed = await isolatedStubAnswer(interaction)
        }
        expect(replayed).toEqual(stubbed)
      })
    }
  })
}

interface Answer {
  status: number
  headers: Record<string, string | null>
  body: unknown
}

async function replayAnswer(interaction: ReplayInteraction): Promise<Answer> {
  const contracts = loadContracts().get(interaction.vendor)!
  const handler = createReplayHandler(contracts, new Set([interaction]), { record: false })
  const response = await getResponse([handler], contractRequest(interaction, REPLAY_ORIGIN))
  if (response === undefined) throw new Error(`the replay did not answer the request of ${interaction.key}`)
  return answerOf(response, interaction)
}

async function stubAnswer(interaction: ReplayInteraction, stub: NamespacedPactStub): Promise<Answer> {
  const state = interaction.states[0]
  const headers: Record<string, string> = state ? { [STATE_HEADER]: `^${escapeRustRegex(state.name)}$` } : {}
  return answerOf(await stub.fetch(contractRequest(interaction, STUB_ORIGIN, headers)), interaction)
}

async function isolatedStubAnswer(interaction: ReplayInteraction): Promise<Answer> {
  const raw = JSON.parse(readFileSync(join(CONTRACTS_DIR, interaction.file), 'utf8')) as { interactions: Array<{ description: string }> }
  raw.interactions = raw.interactions.filter((item) => item.description === interaction.description)
  const path = join(scratch, `${isolated.length}-${interaction.file}`)
  writeFileSync(path, JSON.stringify(raw))
  const stub = await stubs!.start({ files: [path] })
  try {
    return await stubAnswer({ ...interaction, states: [] }, stub)
  } finally {
    await stub.close()
  }
}

/** Status, the headers the contract names (plus Content-Type), and the body parsed by its type. */
async function answerOf(response: Response, interaction: ReplayInteraction): Promise<Answer> {
  const names = new Set(['content-type', ...interaction.response.headers.map(([name]) => name.toLowerCase())])
  const headers = Object.fromEntries([...names].sort().map((name) => [name, response.headers.get(name)]))
  const text = await response.text()
  const body = text === '' ? undefined : isJsonType(response.headers.get('content-type') ?? undefined) ? JSON.parse(text) : text
  return { status: response.status, headers, body }
}

function sameAnswer(a: Answer, b: Answer): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function escapeRustRegex(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$#&\-~]/g, '\\$&')
}
