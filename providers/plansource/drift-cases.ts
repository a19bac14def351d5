import type { DriftCases } from '../../test/drift/support/drift-cases.ts'
import { everyEntryChanged } from '../../test/drift/support/drift-of-page.ts'
import { insertLineAfter, replaceOnce } from '../../test/drift/support/page-edits.ts'

/** Edits of PlanSource's stored page that drift must report exactly, and reformattings it must not report. */
export const driftCases: DriftCases = {
  edits: [
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
  swap: ['"message": "Employee not found"', '"message": "Invalid coverage"'],
  addedProse: ['Frequently Asked Errors', 'This page was reviewed by our support team in March.'],
}
