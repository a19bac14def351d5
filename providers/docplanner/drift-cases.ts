import type { DriftCases } from '../../test/drift/support/drift-cases.ts'
import { everyEntryChanged } from '../../test/drift/support/drift-of-page.ts'
import { insertLineAfter, removeLine, replaceOnce } from '../../test/drift/support/page-edits.ts'

/** Edits of Docplanner's stored page that drift must report exactly, and reformattings it must not report. */
export const driftCases: DriftCases = {
  edits: [
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
  swap: ['400 - Bad request Invalid syntax on a request', '404 - Not found Resource has not been found (might be deleted)'],
  addedProse: ['Monitoring Docplanner Status', 'Our status page also offers an RSS feed.'],
}
