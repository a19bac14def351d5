import { describe, expect, it } from 'vitest'
import { multipartFields } from '../../providers/sandbox-kit/oauth/multipart-fields.ts'
import { tokenParameters } from '../../providers/sandbox-kit/oauth/token-parameters.ts'
import { sandboxRequest } from './support/sandbox-requests.ts'

const MULTIPART =
  '--b\r\nContent-Disposition: form-data; name="grant_type"\r\n\r\nclient_credentials\r\n--b\r\nContent-Disposition: form-data; name="scope"\r\n\r\nintegration\r\n--b--\r\n'

describe('token request parameters in the sandbox kit', () => {
  it('reads a url-encoded form, also when its Content-Type is missing or sent twice', () => {
    const forms: Array<Record<string, string>> = [
      { 'content-type': 'application/x-www-form-urlencoded' },
      {},
      { 'content-type': 'application/x-www-form-urlencoded, application/x-www-form-urlencoded' },
    ]
    for (const headers of forms) {
      expect(tokenParameters(sandboxRequest({ headers, body: 'grant_type=client_credentials' })).get('grant_type')).toBe('client_credentials')
    }
  })

  it('reads the string fields of a JSON object only where JSON is taken', () => {
    const request = sandboxRequest({ headers: { 'content-type': 'application/json' }, body: '{"grant_type":"password","n":1}' })
    expect(Object.fromEntries(tokenParameters(request, ['form', 'json']))).toEqual({ grant_type: 'password' })
    expect(tokenParameters(request, ['form']).get('grant_type')).toBeUndefined()
  })

  it('reads a multipart body, its boundary from the Content-Type or, without one, from its first line', () => {
    expect(Object.fromEntries(tokenParameters(sandboxRequest({ body: MULTIPART }), ['multipart', 'form']))).toEqual({
      grant_type: 'client_credentials',
      scope: 'integration',
    })
    expect(multipartFields(MULTIPART, 'multipart/form-data; boundary=b').get('scope')).toBe('integration')
  })

  it('takes a parameter from the query string only where the body does not carry it', () => {
    const request = sandboxRequest({ query: 'grant_type=password&scope=read', body: 'grant_type=client_credentials' })
    expect(Object.fromEntries(tokenParameters(request, ['form', 'query']))).toEqual({ grant_type: 'client_credentials', scope: 'read' })
    expect(tokenParameters(request, ['form']).get('scope')).toBeUndefined()
  })

  it('keeps the first value of a parameter sent twice', () => {
    expect(tokenParameters(sandboxRequest({ body: 'scope=a&scope=b' })).get('scope')).toBe('a')
  })
})
