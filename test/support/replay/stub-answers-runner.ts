/**
 * Runs `pact stub` servers for a test from inside a private network namespace that has only a
 * loopback interface (see loopback-namespace.ts), so the stub's all-interfaces listener exposes
 * nothing. Reads one command per line on stdin (start a stub, send it a request, close it) and
 * prints one JSON reply per line on stdout, the stub's answers as status, headers and body.
 * Closes every stub and exits when stdin ends. Started by openNamespacedPactStubs(); run by hand:
 *
 * @example
 * // unshare -rn sh -c 'ip link set lo up && exec node --import tsx test/support/replay/stub-answers-runner.ts'
 * // stdin:  {"id":1,"op":"start","options":{"files":["contracts/x.json"]}}
 * // stdout: {"id":1,"stub":1}
 */
import { createInterface } from 'node:readline'
import { startPactStub, type PactStub } from './pact-stub.ts'
import { fromWireRequest, toWireAnswer, type RunnerCommand, type RunnerReply } from './stub-runner-messages.ts'

const stubs = new Map<number, Promise<PactStub>>()
let nextStub = 1

async function handle(command: RunnerCommand): Promise<RunnerReply> {
  switch (command.op) {
    case 'start': {
      const stub = nextStub++
      const started = startPactStub(command.options)
      stubs.set(stub, started)
      await started
      return { id: command.id, stub }
    }
    case 'fetch': {
      const stub = await stubOf(command.stub)
      return { id: command.id, answer: await toWireAnswer(await fetch(fromWireRequest(command.request, stub.url))) }
    }
    case 'close': {
      const stub = await stubOf(command.stub)
      stubs.delete(command.stub)
      await stub.close()
      return { id: command.id }
    }
  }
}

function stubOf(id: number): Promise<PactStub> {
  const stub = stubs.get(id)
  if (stub === undefined) throw new Error(`stub-answers-runner: no open stub ${id}`)
  return stub
}

const pending: Array<Promise<void>> = []
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === '') continue
  const command = JSON.parse(line) as RunnerCommand
  pending.push(
    handle(command)
      .catch((error: unknown): RunnerReply => ({ id: command.id, error: error instanceof Error ? error.message : String(error) }))
      .then((reply) => void process.stdout.write(JSON.stringify(reply) + '\n')),
  )
}
await Promise.allSettled(pending)
await Promise.allSettled([...stubs.values()].map(async (stub) => (await stub).close()))
