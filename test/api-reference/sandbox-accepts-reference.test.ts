import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadApiReference } from '../../providers/api-reference/load-api-reference.ts'
import type { ProbeAnswer, ProbeRequest, ReferenceProbes } from '../../providers/api-reference/reference-probe.ts'
import { conformance } from '../../providers/api-reference/request-conformance.ts'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import type { ReferenceSandbox } from '../../providers/sandbox-kit/start-sandbox-server.ts'
import { conventionFile } from '../../providers/vendor-conventions.ts'
import { conventionExports } from '../../scripts/lib/load-convention.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { readAnswer } from './support/read-answer.ts'

async function sendTo(baseUrl: string, request: ProbeRequest, sent: ProbeRequest[]): Promise<ProbeAnswer> {
  sent.push(request)
  const url = new URL(request.path, baseUrl)
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value)
  const headers: Record<string, string> = { ...request.headers }
  let body: string | undefined
  if (request.form !== undefined) {
    headers['Content-Type'] ??= 'application/x-www-form-urlencoded'
    body = new URLSearchParams(request.form).toString()
  } else if (request.body !== undefined) {
    headers['Content-Type'] ??= 'application/json'
    body = JSON.stringify(request.body)
  }
  const response = await fetch(url, { method: request.method, headers, body })
  return readAnswer(response)
}

/** Each vendor's probes (`providers/<id>/reference-probes.ts`, written from its reference; see providers/api-reference/reference-probe.ts). */
const allProbes = await conventionExports<ReferenceProbes>('referenceProbes')

describe.each(testedVendors())('the %s reference sandbox against the API reference', (vendor) => {
  const reference = loadApiReference(vendor)
  let sandbox: ReferenceSandbox
  let probes: ReferenceProbes

  beforeAll(async () => {
    probes = allProbes.of(vendor)
    sandbox = await startReferenceSandbox(vendor)
  })
  afterAll(async () => sandbox?.close())

  it('issues a token to the request the vendor’s own SDK or example sends, and the token opens every valid request of the reference', async () => {
    const tokenRequests: ProbeRequest[] = []
    const headers = await probes.authorize((request) => sendTo(sandbox.url, request, tokenRequests), sandbox.url)
    expect(tokenRequests.length, `${vendor}: authorize() sent no token request`).toBeGreaterThan(0)
    for (const request of tokenRequests) {
      const checked = conformance(reference, request)
      expect(checked.broken, `${vendor} token request ${request.method} ${request.path}`).toEqual([])
      expect(
        reference.tokenFlows.some((flow) => flow.id === checked.operation),
        `${vendor}: ${request.method} ${request.path} is no token flow of the reference`,
      ).toBe(true)
    }
    const answers: ProbeAnswer[] = []
    const problems: string[] = []
    for (const probe of probes.valid) {
      const sent: ProbeRequest[] = []
      const request = typeof probe.request === 'function' ? probe.request(answers) : probe.request
      const answer = await sendTo(sandbox.url, { ...request, headers: { ...headers, ...request.headers } }, sent)
      answers.push(answer)
      const checked = conformance(reference, request)
      const operation = reference.operations.find((item) => item.id === probe.operation)
      const where = `${probe.operation} (${request.method} ${request.path})`
      if (operation === undefined) problems.push(`${where}: the reference has no operation ${probe.operation}`)
      else if (checked.operation !== probe.operation || checked.broken.length > 0)
        problems.push(
          `${where}: the probe is not a valid request of ${probe.operation} (matched ${checked.operation ?? 'none'}, breaks ${checked.broken.join(', ')})`,
        )
      else if (operation.successStatus === undefined ? answer.status < 200 || answer.status > 299 : answer.status !== operation.successStatus)
        problems.push(
          `${where}: the sandbox answered ${answer.status}, the reference says ${operation.successStatus ?? 'a 2xx (it states no status)'} (${answer.text.slice(0, 200)})`,
        )
    }
    expect(problems, `${vendor}: valid requests of the reference the sandbox does not accept as the vendor does`).toEqual([])
  })

  it('has a valid probe for every operation its catalog requests use', () => {
    const used = new Set(
      loadCatalog(vendor)
        .errors.filter((entry) => entry.request.outsideReference === undefined)
        .map((entry) => conformance(reference, entry.request).operation)
        .filter((operation) => reference.operations.some((item) => item.id === operation)),
    )
    const probed = new Set(probes.valid.map((probe) => probe.operation))
    expect(
      [...used].filter((operation) => !probed.has(operation as string)),
      `${vendor}: operations with no valid probe in ${conventionFile('referenceProbes', vendor)}`,
    ).toEqual([])
  })
})
