import type { DriftCases } from '../../test/drift/support/drift-cases.ts'
import { everyEntryChanged } from '../../test/drift/support/drift-of-page.ts'
import { insertLineAfter, removeLine, replaceOnce } from '../../test/drift/support/page-edits.ts'

/** Edits of PlusAuth's stored page that drift must report exactly, and reformattings it must not report. */
export const driftCases: DriftCases = {
  edits: [
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
  swap: [
    '401 invalid_audience Incorrect audience is used in access token.',
    '429 too_many_requests Too many requests received. For more details have a look at to Rate Limits',
  ],
  addedProse: ['Rest API Errors Reference', 'See the guides for examples in several languages.'],
}
