import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ApiReferenceError } from '../../providers/api-reference/api-reference-error.ts'
import { loadApiReference, namedSources } from '../../providers/api-reference/load-api-reference.ts'
import { testedVendors } from '../support/tested-vendors.ts'

describe.each(testedVendors())('the %s API reference', (vendor) => {
  it('loads, and every fact names a source that has a locator and a read date', () => {
    const reference = loadApiReference(vendor)
    const facts = [...reference.operations, ...reference.tokenFlows, ...reference.hosts, ...reference.errorShapes]
    expect(facts.filter((fact) => !Object.hasOwn(reference.sources, fact.source)).map((fact) => fact.at)).toEqual([])
    for (const [key, source] of Object.entries(reference.sources)) {
      expect(source.url ?? `${source.repo}/${source.path}@${source.commit}`, `${vendor} source ${key}`).toMatch(
        /^(https:\/\/|[\w.-]+\/[\w.-]+\/.+@[0-9a-f]{40}$)/,
      )
      expect(source.read, `${vendor} source ${key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    expect(namedSources(reference).length).toBeGreaterThanOrEqual(facts.length)
  })

  it('names a token flow and the operations it documents', () => {
    const reference = loadApiReference(vendor)
    expect(reference.tokenFlows.length, `${vendor}: providers/${vendor}/api-reference.json has no tokenFlows`).toBeGreaterThan(0)
    expect(reference.operations.length).toBeGreaterThan(0)
  })
})

describe('an API reference that cannot be used', () => {
  const valid = {
    vendor: 'acme',
    read: '2026-12-03',
    sources: { spec: { title: 'Acme OpenAPI', url: 'https://acme.example/openapi.json', read: '2026-12-03' } },
    operations: [{ id: 'getOrder', method: 'GET', path: '/v1/orders/{id}', successStatus: 200, source: 'spec', at: 'paths./orders/{id}.get' }],
  }
  const load = (content: unknown) => {
    const root = mkdtempSync(join(tmpdir(), 'api-reference-'))
    mkdirSync(join(root, 'providers/acme'), { recursive: true })
    writeFileSync(join(root, 'providers/acme/api-reference.json'), typeof content === 'string' ? content : JSON.stringify(content))
    return () => loadApiReference('acme', root)
  }

  it('loads the minimal valid file', () => {
    expect(load(valid)().operations[0]!.id).toBe('getOrder')
  })

  it('is refused, naming the field, when a fact has no source', () => {
    const { source: _source, ...withoutSource } = valid.operations[0]!
    expect(load({ ...valid, operations: [withoutSource] })).toThrow(/providers\/acme\/api-reference\.json: vendor "acme" field "operations\.0\.source"/)
  })

  it('is refused when a fact names a source the file does not have', () => {
    expect(load({ ...valid, operations: [{ ...valid.operations[0], source: 'blog' }] })).toThrow(/field "operations\.0\.source": names "blog"/)
  })

  it('is refused when a source has no locator', () => {
    expect(load({ ...valid, sources: { spec: { title: 'Acme OpenAPI', read: '2026-12-03' } } })).toThrow(/url, or repo \+ path \+ commit/)
  })

  it('is refused with the file named when it is not JSON or not there', () => {
    expect(load('{ not json')).toThrow(ApiReferenceError)
    expect(() => loadApiReference('no-such-vendor')).toThrow(
      /providers\/no-such-vendor\/api-reference\.json: vendor "no-such-vendor": cannot be read \(ENOENT\)/,
    )
  })
})
