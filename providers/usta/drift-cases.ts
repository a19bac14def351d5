import type { DriftCases } from '../../test/drift/support/drift-cases.ts'
import { everyEntryChanged } from '../../test/drift/support/drift-of-page.ts'
import { insertLineAfter, removeLine, replaceOnce } from '../../test/drift/support/page-edits.ts'

/** Edits of USTA's stored page that drift must report exactly, and reformattings it must not report. */
export const driftCases: DriftCases = {
  edits: [
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
  swap: ['3001entity not foundEntity was not found.', '6002empty passwordPassword cannot be empty.'],
  addedProse: ['Scope', 'This page is maintained by the USTA Digital platform team.'],
}
