/**
 * `npm run sandbox -- --vendor <id> [--port <n>] [--drift <json>]`: runs a vendor's reference
 * sandbox on 127.0.0.1 until SIGINT or SIGTERM. `--drift` (repeatable, test use) makes it depart
 * from the docs, e.g. `--drift '{"kind":"status","from":404,"to":410}'`.
 */
import { parseArgs } from 'node:util'
import { startReferenceSandbox } from '../providers/reference-sandboxes.ts'
import { parseDrift } from '../providers/sandbox-kit/drift-schema.ts'
import { parseVendorId } from '../providers/vendor-ids.ts'

let sandbox
try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { vendor: { type: 'string' }, port: { type: 'string', default: '0' }, drift: { type: 'string', multiple: true, default: [] } },
  })
  if (!values.vendor) throw new Error('--vendor <id> is required')
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port ${values.port}: expected 0-65535`)
  sandbox = await startReferenceSandbox(parseVendorId(values.vendor), {
    port,
    drift: values.drift.map(parseDrift),
    onError: (error) => console.error(`sandbox: a handler failed: ${error instanceof Error ? error.stack : String(error)}`),
  })
} catch (error) {
  console.error(`sandbox: ${(error as Error).message}`)
  process.exit(1)
}
console.log(`listening on ${sandbox.url}`)
const stop = () => void sandbox.close().then(() => process.exit(0))
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
