import { createInterface } from 'node:readline'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { compiledEntry } from '../../../scripts/lib/compile/compiled-entry.ts'
import { spawnInLoopbackNamespace } from './loopback-namespace.ts'
import type { PactStubOptions } from './pact-stub.ts'
import { fromWireAnswer, toWireRequest, type RunnerReply, type RunnerSuccess, type UnnumberedCommand } from './stub-runner-messages.ts'

/** A `pact stub` running inside the loopback-only namespace, reached through the runner. */
export interface NamespacedPactStub {
  /** Sends a request (its origin is ignored) to the stub and resolves with the stub's answer. */
  fetch(request: Request): Promise<Response>
  close(): Promise<void>
}

/** The runner process that owns the namespace and every stub in it. */
export interface NamespacedPactStubs {
  start(options: PactStubOptions): Promise<NamespacedPactStub>
  /** Closes every stub and ends the runner (and with it the namespace). */
  close(): Promise<void>
}

const RUNNER = 'test/support/replay/stub-answers-runner.ts'

/**
 * Starts stub-answers-runner.ts in a fresh loopback-only network namespace. `pact stub` has no
 * bind-address option and listens on all interfaces; in there, all interfaces means 127.0.0.1 only.
 * Check loopbackNamespaceUnavailable() first.
 *
 * @example
 * const stubs = await openNamespacedPactStubs()
 * const stub = await stubs.start({ files: ['contracts/x.json'], stateHeader: 'X-Pact-State' })
 * const response = await stub.fetch(new Request('http://stub.invalid/users/1'))
 * await stubs.close()
 */
export async function openNamespacedPactStubs(): Promise<NamespacedPactStubs> {
  // Compiled JavaScript rather than the tsx loader: about half a second of CPU sooner.
  const child = spawnInLoopbackNamespace(process.execPath, [await compiledEntry(RUNNER)], { cwd: PROJECT_ROOT })
  const waiting = new Map<number, { resolve: (reply: RunnerReply) => void; reject: (error: Error) => void }>()
  let stderr = ''
  let ended: Error | undefined
  let nextId = 1
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const reply = JSON.parse(line) as RunnerReply
    waiting.get(reply.id)?.resolve(reply)
    waiting.delete(reply.id)
  })
  const exited = new Promise<void>((resolve) =>
    child.once('close', (code) => {
      ended = new Error(`stub-answers-runner exited with ${code}:\n${stderr}`)
      for (const { reject } of waiting.values()) reject(ended)
      waiting.clear()
      resolve()
    }),
  )
  child.once('error', (error) => (ended = error))

  const ask = (command: UnnumberedCommand): Promise<RunnerSuccess> =>
    new Promise((resolve, reject) => {
      if (ended) return reject(ended)
      const id = nextId++
      waiting.set(id, { resolve: (reply) => ('error' in reply ? reject(new Error(`stub-answers-runner: ${reply.error}`)) : resolve(reply)), reject })
      child.stdin!.write(JSON.stringify({ ...command, id }) + '\n')
    })

  return {
    async start(options) {
      const { stub } = await ask({ op: 'start', options })
      return {
        fetch: async (request) => fromWireAnswer((await ask({ op: 'fetch', stub: stub!, request: await toWireRequest(request) })).answer!),
        close: async () => void (await ask({ op: 'close', stub: stub! })),
      }
    },
    async close() {
      child.stdin!.end()
      await exited
    },
  }
}
