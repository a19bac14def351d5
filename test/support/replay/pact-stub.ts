import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'

/** A running `pact stub` process and the loopback URL it answers on (inside its namespace). */
export interface PactStub {
  url: string
  close(): Promise<void>
}

/** How to start Pact's stub server. */
export interface PactStubOptions {
  files: readonly string[]
  /** Request header whose value (a regex) selects interactions by provider state. */
  stateHeader?: string | undefined
  /** Only interactions whose provider state matches this regex (or that have none, with `emptyProviderState`). */
  providerState?: string | undefined
  emptyProviderState?: boolean | undefined
  /** How long to wait for the port to be reported; default 15 s. */
  startTimeoutMs?: number | undefined
}

/**
 * The native `pact` binary that `@pact-foundation/pact-cli` installs for this platform.
 *
 * @example
 * pactBinary() // '…/node_modules/@pact-foundation/pact-cli-linux-x64/standalone/pact'
 */
export function pactBinary(): string {
  const name = `@pact-foundation/pact-cli-${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`
  try {
    const dir = createRequire(import.meta.url)
      .resolve(`${name}/package.json`)
      .replace(/package\.json$/, '')
    return join(dir, 'standalone', process.platform === 'win32' ? 'pact.exe' : 'pact')
  } catch {
    throw new Error(`pact stub: ${name} is not installed (it comes with @pact-foundation/pact-cli)`)
  }
}

/**
 * Starts `pact stub` on a port the OS picks and resolves once it reports the port. The stub
 * server has no option to choose its bind address and listens on 0.0.0.0, so this refuses to
 * start it unless the process runs where every interface is loopback: the private network
 * namespace that stub-answers-runner.ts runs in (tests reach it through openNamespacedPactStubs()).
 *
 * @example
 * // inside `unshare -rn sh -c 'ip link set lo up && exec …'`
 * const stub = await startPactStub({ files: ['contracts/x.json'], stateHeader: 'X-Pact-State' })
 * await fetch(`${stub.url}/users/1`)
 * await stub.close()
 */
export async function startPactStub(options: PactStubOptions): Promise<PactStub> {
  const exposed = nonLoopbackAddresses()
  if (exposed.length > 0) {
    throw new Error(
      `pact stub listens on all interfaces and this process can reach ${exposed.join(', ')}: start it inside a loopback-only network namespace (stub-answers-runner.ts)`,
    )
  }
  const args = ['stub', '--loglevel', 'info', ...options.files.flatMap((file) => ['--file', file])]
  if (options.stateHeader) args.push('--provider-state-header-name', options.stateHeader)
  if (options.providerState !== undefined) args.push('--provider-state', options.providerState)
  if (options.emptyProviderState) args.push('--empty-provider-state')
  const child = spawn(pactBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', RUST_LOG_STYLE: 'never' } })
  const port = await reportedPort(child, options.startTimeoutMs ?? 15_000)
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => stop(child),
  }
}

/** Every address of this network namespace that is not loopback, as `interface address`. */
function nonLoopbackAddresses(): string[] {
  return Object.entries(networkInterfaces()).flatMap(([name, addresses]) =>
    (addresses ?? []).filter((address) => !address.internal).map((address) => `${name} ${address.address}`),
  )
}

function reportedPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => fail(new Error(`pact stub did not report its port within ${timeoutMs} ms:\n${output}`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      // eslint-disable-next-line no-control-regex
      const found = /Server started on port (\d+)/.exec(output.replace(/\u001b\[[0-9;]*m/g, ''))
      if (found) {
        clearTimeout(timer)
        resolve(Number(found[1]))
      }
    }
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('error', fail)
    child.once('exit', (code) => fail(new Error(`pact stub exited with ${code} before it listened:\n${output}`)))
  })
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
