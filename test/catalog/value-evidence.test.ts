import { describe, expect, it } from 'vitest'
import { CatalogEntry } from '../../providers/catalog/catalog-schema.ts'
import { contractedValues } from '../../providers/catalog/value-evidence.ts'

const entry = CatalogEntry.parse({
  id: 'rate-limited',
  status: 429,
  contentType: 'application/json',
  headers: { 'X-RateLimit-Reset': '2024-01-01T00:00:00Z' },
  body: { error: { code: 'too_many', message: 'Slow down' } },
  code: 'too_many',
  message: 'Slow down',
  kind: 'rate-limited',
  stable: ['error.code'],
  varies: ['error.message'],
  request: { operation: 'listThings', method: 'GET', path: '/things', trigger: 'too many calls' },
  state: null,
  doc: { snapshot: 'providers/doc-snapshots/acme.txt', quote: '429 Too many requests' },
  assumed: [{ field: 'contentType', reason: 'the page names no media type for errors' }],
  reference: [{ field: 'headers', source: 'spec', at: 'components.headers' }],
})

describe('what backs each contracted value', () => {
  it('lists status, content type, headers and every stable or varying body path, each backed by one witness', () => {
    expect(contractedValues(entry)).toEqual([
      { field: 'status', evidence: 'error-page' },
      { field: 'contentType', evidence: 'assumption' },
      { field: 'headers.X-RateLimit-Reset', evidence: 'api-reference' },
      { field: 'body.error.code', evidence: 'error-page' },
      { field: 'body.error.message', evidence: 'error-page' },
    ])
  })

  it('lets an assumption win over the API reference for the same value', () => {
    const both = { ...entry, assumed: [{ field: 'headers', reason: 'the reference names the header but not its format' }] }
    expect(contractedValues(both).find((value) => value.field === 'headers.X-RateLimit-Reset')!.evidence).toBe('assumption')
  })
})
