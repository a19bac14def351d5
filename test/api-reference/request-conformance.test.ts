import { describe, expect, it } from 'vitest'
import { ApiReferenceFile } from '../../providers/api-reference/api-reference-schema.ts'
import { conformance } from '../../providers/api-reference/request-conformance.ts'

const reference = ApiReferenceFile.parse({
  vendor: 'acme',
  read: '2026-12-03',
  sources: { spec: { title: 'Acme OpenAPI', url: 'https://acme.example/openapi.json', read: '2026-12-03' } },
  tokenFlows: [
    { id: 'client-credentials', tokenUrls: ['https://auth.acme.example/oauth/token'], method: 'POST', clientAuth: 'basic-header', source: 'spec', at: 'auth' },
  ],
  operations: [
    { id: 'getOrder', method: 'GET', path: '/v1/orders/{id}', pathParams: { id: { type: 'integer' } }, successStatus: 200, source: 'spec', at: 'paths' },
    {
      id: 'getOrderLabel',
      method: 'GET',
      path: '/v1/orders/{id}/label',
      query: { format: { type: 'string', enum: ['pdf', 'png'], required: true } },
      successStatus: 200,
      source: 'spec',
      at: 'paths',
    },
    {
      id: 'createOrder',
      method: 'POST',
      path: '/v1/orders',
      body: {
        contentType: 'application/json',
        additionalFields: false,
        fields: {
          order: { type: 'object', required: true },
          'order.date': { type: 'string', format: 'date', required: true },
          'order.note': { type: 'string', maxLength: 5 },
          'order.lines': { type: 'array', required: true },
          'order.lines[].amount': { type: 'number', required: true },
        },
      },
      successStatus: 201,
      source: 'spec',
      at: 'paths',
    },
  ],
})

const order = { date: '2024-01-31', lines: [{ amount: 1 }] }

describe('request conformance against an API reference', () => {
  it('accepts a request that follows every rule', () => {
    expect(conformance(reference, { method: 'POST', path: '/v1/orders', body: { order } })).toEqual({ operation: 'createOrder', broken: [] })
  })

  it('reports a path no operation has as route, and a known path with another method as method', () => {
    expect(conformance(reference, { method: 'GET', path: '/v1/order/1' }).broken).toEqual(['route'])
    expect(conformance(reference, { method: 'DELETE', path: '/v1/orders' }).broken).toEqual(['method'])
  })

  it('prefers the template with more literal segments', () => {
    expect(conformance(reference, { method: 'GET', path: '/v1/orders/7/label', query: { format: 'pdf' } })).toEqual({ operation: 'getOrderLabel', broken: [] })
  })

  it('reports an empty or mistyped path parameter', () => {
    expect(conformance(reference, { method: 'GET', path: '/v1/orders/' }).broken).toEqual(['required:path.id'])
    expect(conformance(reference, { method: 'GET', path: '/v1/orders/abc' }).broken).toEqual(['type:path.id'])
  })

  it('reports unknown, missing and out-of-range query parameters', () => {
    expect(conformance(reference, { method: 'GET', path: '/v1/orders/7/label', query: { format: 'gif' } }).broken).toEqual(['enum:query.format'])
    expect(conformance(reference, { method: 'GET', path: '/v1/orders/7/label' }).broken).toEqual(['required:query.format'])
    expect(conformance(reference, { method: 'GET', path: '/v1/orders/7', query: { page: '2' } }).broken).toEqual(['unknown-field:query.page'])
  })

  it('reports missing required fields, in nested objects and in every array item', () => {
    expect(conformance(reference, { method: 'POST', path: '/v1/orders', body: { order: { lines: [{ amount: 1 }] } } }).broken).toEqual([
      'required:body.order.date',
    ])
    expect(conformance(reference, { method: 'POST', path: '/v1/orders', body: { order: { ...order, lines: [{ amount: 1 }, {}] } } }).broken).toEqual([
      'required:body.order.lines[].amount',
    ])
    expect(conformance(reference, { method: 'POST', path: '/v1/orders' }).broken).toEqual(['required:body'])
  })

  it('reports a field sent at the wrong nesting as unknown, and the field it should have been as missing', () => {
    expect(conformance(reference, { method: 'POST', path: '/v1/orders', body: { date: '2024-01-31', order: { lines: [{ amount: 1 }] } } }).broken).toEqual([
      'required:body.order.date',
      'unknown-field:body.date',
    ])
  })

  it('reports values that break a type, format or length rule', () => {
    const send = (changes: object) => conformance(reference, { method: 'POST', path: '/v1/orders', body: { order: { ...order, ...changes } } }).broken
    expect(send({ date: '31/01/2024' })).toEqual(['format:body.order.date'])
    expect(send({ note: 'too long' })).toEqual(['maxLength:body.order.note'])
    expect(send({ lines: [{ amount: '1' }] })).toEqual(['type:body.order.lines[].amount'])
    expect(send({ date: null })).toEqual(['type:body.order.date'])
  })

  it('reports a body that sends none of a group of fields of which one is required', () => {
    const oneOf = ApiReferenceFile.parse({
      ...reference,
      operations: [
        {
          id: 'createUser',
          method: 'POST',
          path: '/v1/users',
          body: { contentType: 'application/json', additionalFields: true, requireOneOf: [['username', 'email']], fields: {} },
          source: 'spec',
          at: 'paths',
        },
      ],
    })
    expect(conformance(oneOf, { method: 'POST', path: '/v1/users', body: { email: 'a@example.com' } }).broken).toEqual([])
    expect(conformance(oneOf, { method: 'POST', path: '/v1/users', body: { profile: {} } }).broken).toEqual(['required-one-of:body.username|email'])
  })

  it('checks only the method and path of a token request, whose form is never recorded', () => {
    expect(conformance(reference, { method: 'POST', path: '/oauth/token' })).toEqual({ operation: 'client-credentials', broken: [] })
    expect(conformance(reference, { method: 'GET', path: '/oauth/token' }).broken).toEqual(['method'])
  })
})
