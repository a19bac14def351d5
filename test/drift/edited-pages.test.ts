import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { VENDOR_IDS, type VendorId } from '../../providers/vendor-ids.ts'
import { changeKeys, driftOfPage, everyEntryChanged, type ChangeKey } from './support/drift-of-page.ts'
import { insertLineAfter, removeLine, replaceOnce } from './support/page-edits.ts'

/** One edit of a vendor's page and the changes drift must report for it, no more, no less. */
interface PageEdit {
  name: string
  edit: (page: string) => string
  expected: () => ChangeKey[]
}

const NBSP = '\u00a0'

/** Edits made to each vendor's stored snapshot: a row added, a row removed, a status, a code and the content type changed. */
const EDITS: Record<VendorId, PageEdit[]> = {
  plansource: [
    {
      name: 'an example body added',
      edit: (page) =>
        replaceOnce(
          page,
          '"message": "Invalid coverage",\n    "details": null,\n    "error_code": 404\n  }\n}',
          '"message": "Invalid coverage",\n    "details": null,\n    "error_code": 404\n  }\n}\n{"status": "failure", "errors": {"http_status": 404, "message": "Plan not found", "details": null, "error_code": 404}}',
        ),
      expected: () => [{ kind: 'added', code: 404 }],
    },
    {
      name: 'an example body removed',
      edit: (page) =>
        replaceOnce(
          page,
          '{\n  "status": "failure",\n  "errors": {\n    "http_status": 404,\n    "message": "Invalid coverage",\n    "details": null,\n    "error_code": 404\n  }\n}',
          '',
        ),
      expected: () => [{ kind: 'removed', id: 'invalid-coverage' }],
    },
    {
      name: 'a status changed',
      edit: (page) => replaceOnce(replaceOnce(page, '\n403\n', '\n409\n'), '"http_status": 403', '"http_status": 409'),
      expected: () => [{ kind: 'changed', id: 'forbidden', field: 'status' }],
    },
    {
      name: 'a code changed',
      edit: (page) => replaceOnce(page, '"error_code": "route_not_found"', '"error_code": "no_such_route"'),
      expected: () => [{ kind: 'changed', id: 'route-not-found', field: 'code' }],
    },
    {
      name: 'the content type changed',
      edit: (page) => insertLineAfter(page, 'Frequently Asked Errors', '\nAll error responses are sent with Content-Type: application/xml.'),
      expected: () => everyEntryChanged('plansource', 'contentType'),
    },
  ],
  docplanner: [
    {
      name: 'a row added',
      edit: (page) => insertLineAfter(page, 'is being duplicated', '410 - Gone Resource has been removed for good'),
      expected: () => [{ kind: 'added', code: 'Gone' }],
    },
    {
      name: 'a row removed',
      edit: (page) => removeLine(page, '405 - Method not allowed'),
      expected: () => [{ kind: 'removed', id: 'method-not-allowed' }],
    },
    {
      name: 'a status changed',
      edit: (page) => replaceOnce(page, '409 - Conflict', '412 - Conflict'),
      expected: () => [{ kind: 'changed', id: 'conflict', field: 'status' }],
    },
    {
      name: "the webhook example's code changed",
      edit: (page) => replaceOnce(page, '"error_code": 1', '"error_code": 7'),
      expected: () => [{ kind: 'changed', id: 'custom-error-message', field: 'code', direction: 'webhook' }],
    },
    {
      name: 'the content type changed',
      edit: (page) => replaceOnce(page, 'Content-Type: application/vnd.error+docplanner+json', 'Content-Type: application/problem+json'),
      expected: () => everyEntryChanged('docplanner', 'contentType'),
    },
  ],
  aplos: [
    {
      name: 'a row added',
      edit: (page) => insertLineAfter(page, '4008: Date is in a closed period', `\n4009: Invalid Fund${NBSP}The fund is not valid for the account.`),
      expected: () => [{ kind: 'added', code: 4009 }],
    },
    {
      name: 'a row removed',
      edit: (page) => removeLine(page, '4006: Lines Do Not Sum'),
      expected: () => [{ kind: 'removed', id: 'lines-do-not-sum' }],
    },
    {
      name: 'a status changed',
      edit: (page) => replaceOnce(page, '403: Forbidden', '404: Forbidden'),
      expected: () => [{ kind: 'changed', id: 'forbidden', field: 'status' }],
    },
    {
      name: 'a code changed',
      edit: (page) => replaceOnce(page, '1005: Client Invalid', '1009: Client Invalid'),
      expected: () => [{ kind: 'changed', id: 'client-invalid', field: 'code' }],
    },
    {
      name: 'the content type changed',
      edit: (page) => insertLineAfter(page, 'Error Handling', '\nError responses are sent with Content-Type: application/xml.'),
      expected: () => everyEntryChanged('aplos', 'contentType'),
    },
  ],
  plusauth: [
    {
      name: 'a row added',
      edit: (page) => insertLineAfter(page, '409 already_exists', '410 entity_gone The resource was deleted.'),
      expected: () => [{ kind: 'added', code: 'entity_gone' }],
    },
    {
      name: 'a row removed',
      edit: (page) => removeLine(page, '402 plan_limit_exceeded'),
      expected: () => [{ kind: 'removed', id: 'plan-limit-exceeded' }],
    },
    {
      name: 'a status changed',
      edit: (page) => replaceOnce(page, '409 already_exists', '400 already_exists'),
      expected: () => [{ kind: 'changed', id: 'already-exists', field: 'status' }],
    },
    {
      name: 'a code changed',
      edit: (page) => replaceOnce(page, '404 entity_not_found', '404 resource_not_found'),
      expected: () => [{ kind: 'changed', id: 'entity-not-found', field: 'code' }],
    },
    {
      name: 'the content type changed',
      edit: (page) => replaceOnce(page, 'Content-Type will be application/json', 'Content-Type will be application/problem+json'),
      expected: () => everyEntryChanged('plusauth', 'contentType'),
    },
  ],
  usta: [
    {
      name: 'a row added',
      edit: (page) => insertLineAfter(page, '3002entity already exists', '3003entity lockedEntity is locked by another request.'),
      expected: () => [{ kind: 'added', code: 3003 }],
    },
    {
      name: 'a row removed',
      edit: (page) => removeLine(page, '6006new password not match'),
      expected: () => [{ kind: 'removed', id: 'new-password-not-match' }],
    },
    {
      name: 'a status changed',
      edit: (page) => replaceOnce(page, '415Unsupported Media Type', '416Unsupported Media Type'),
      expected: () => [{ kind: 'changed', id: 'unsupported-media-type', field: 'status' }],
    },
    {
      name: 'a code changed',
      edit: (page) => replaceOnce(page, '6007wrong password', '6008wrong password'),
      expected: () => [{ kind: 'changed', id: 'wrong-password', field: 'code' }],
    },
    {
      name: 'the content type changed',
      edit: (page) => replaceOnce(page, 'returned in JSON format', 'returned in XML format'),
      expected: () => everyEntryChanged('usta', 'contentType'),
    },
  ],
}

function snapshot(vendor: VendorId): string {
  return readFileSync(join(PROJECT_ROOT, 'providers', 'doc-snapshots', `${vendor}.txt`), 'utf8')
}

describe.each(VENDOR_IDS)('drift of an edited %s page', (vendor) => {
  it('reports nothing for the stored snapshot', () => {
    expect(driftOfPage(vendor, snapshot(vendor)).changes).toEqual([])
  })

  it.each(EDITS[vendor].map((edit) => [edit.name, edit] as const))('reports exactly the change when %s', (_name, edit) => {
    const page = edit.edit(snapshot(vendor))
    expect(page).not.toBe(snapshot(vendor))
    expect(changeKeys(driftOfPage(vendor, page).changes)).toEqual(changeKeys(edit.expected() as never))
  })
})
