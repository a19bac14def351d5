import type { DriftCases } from '../../test/drift/support/drift-cases.ts'
import { everyEntryChanged } from '../../test/drift/support/drift-of-page.ts'
import { insertLineAfter, removeLine, replaceOnce } from '../../test/drift/support/page-edits.ts'

/** The page separates a line's name from its description with a no-break space. */
const NBSP = '\u00a0'

/** Edits of Aplos's stored page that drift must report exactly, and reformattings it must not report. */
export const driftCases: DriftCases = {
  edits: [
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
  swap: ['1003: Revoked Token\u00a0The token was revoked.', '4007: Invalid Account Type\u00a0Account type is not the expected account type'],
  addedProse: ['HTTP Codes', 'Responses always include a version field describing the API version.'],
}
