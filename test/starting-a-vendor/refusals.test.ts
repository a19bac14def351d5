import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { parseNewVendorArgs } from '../../scripts/lib/new-vendor/new-vendor-args.ts'
import { isNewVendorError, type NewVendorProblem } from '../../scripts/lib/new-vendor/new-vendor-error.ts'
import { runNewVendor } from '../../scripts/lib/new-vendor/run-new-vendor.ts'
import { runScript } from '../support/run-script.ts'

/** A vendor of the project (the first discovered one). */
const existing = VENDOR_IDS[0]!

/** A project root with that vendor's folder and shared consumer code (`consumers/errors/`), and a folder of pages. */
const root = mkdtempSync(join(tmpdir(), 'new-vendor-refusals-'))
const pages = join(root, 'pages')
for (const folder of [`providers/${existing}`, 'consumers/errors', 'providers/doc-snapshots', 'pages/a-folder'])
  mkdirSync(join(root, folder), { recursive: true })
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A page the kit reads errors from: a title and a status table. */
const GOOD_PAGE = 'Acme API errors\n\nStatus codes\n404 not_found No order has this id.\n409 order_exists The order already exists.\n'
const page = (name: string, content: string | Buffer) => {
  const file = join(pages, name)
  writeFileSync(file, content)
  return file
}

/** Every path under the root, to show a refusal wrote nothing. */
function tree(): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()
}

async function refusal(id: string, file: string): Promise<{ problem: NewVendorProblem; message: string }> {
  const before = tree()
  const error = await runNewVendor({ id, page: file, filesOnly: true }, root).then(
    () => new Error(`new-vendor accepted ${id} with ${file}`),
    (reason: unknown) => reason,
  )
  expect(tree(), 'a refused run wrote something').toEqual(before)
  if (!isNewVendorError(error)) throw error
  return { problem: error.problem, message: error.message }
}

describe('npm run new-vendor refuses, naming the problem and writing nothing', () => {
  it.each(['Acme_Pay', '-acme', 'acme--pay', 'acme-', '2acme', 'a'.repeat(41)])('a malformed id (%s)', async (id) => {
    expect(await refusal(id, page('good.txt', GOOD_PAGE))).toMatchObject({ problem: 'bad-id', message: expect.stringContaining(`"${id}" is not a vendor id`) })
  })

  it('an existing vendor’s id, naming its folder', async () => {
    expect(await refusal(existing, page('good.txt', GOOD_PAGE))).toMatchObject({
      problem: 'existing-id',
      message: expect.stringContaining(`providers/${existing}/`),
    })
  })

  it('the id of shared code (consumers/errors/)', async () => {
    expect(await refusal('errors', page('good.txt', GOOD_PAGE))).toMatchObject({
      problem: 'existing-id',
      message: expect.stringContaining('consumers/errors/'),
    })
  })

  it.each([
    ['a page that is not there', () => join(pages, 'missing.html'), 'unreadable-page'],
    ['a folder given as the page', () => join(pages, 'a-folder'), 'unreadable-page'],
    ['an empty page', () => page('empty.txt', ''), 'empty-page'],
    ['a page of blank lines', () => page('blank.txt', ' \n\t\n'), 'empty-page'],
    ['a binary file', () => page('binary.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])), 'unreadable-page'],
    [
      'a page the kit reads no error from',
      () => page('prose.txt', 'Acme API\n\nWelcome to the Acme API. Read on to learn how to authenticate.\n'),
      'no-errors',
    ],
    [
      'a page whose one error is an example, with no table rows for the drift cases',
      () => page('example.txt', 'Acme API\n\nErrors look like this:\n{"error": {"code": "order_not_found", "message": "No order has this id."}}\n'),
      'no-drift-cases',
    ],
    [
      'a page with no title, heading or name to know it by',
      () => page('bare.txt', '404 not_found No order has this id.\n409 order_exists The order exists.\n'),
      'no-landmarks',
    ],
  ] as const)('%s', async (_name, file, problem) => {
    const refused = await refusal('acme', file())
    expect(refused.problem).toBe(problem)
    expect(refused.message).toContain('new-vendor:')
  })
})

describe('the command line of npm run new-vendor', () => {
  it.each([
    [['--page', 'x.html'], /--id <id> is required/],
    [['--id', 'acme'], /--page <file> is required/],
    [['--id', 'acme', '--page', 'x.html', '--url', 'ftp://x'], /--url "ftp:\/\/x" is not an http\(s\) address/],
    [['--id', 'acme', '--page', 'x.html', '--colour'], /Unknown option '--colour'/],
  ])('refuses %j, naming what is wrong', (args, message) => {
    expect(() => parseNewVendorArgs(args)).toThrow(message)
  })

  it('exits 2 with the problem on stderr for a taken id, before it reads the page', async () => {
    const run = await runScript('new-vendor', ['--id', existing, '--page', 'no-such-page.html'])
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' })
    expect(run.stderr).toMatch(
      new RegExp(
        `^new-vendor: existing-id: providers/${existing}/, consumers/${existing}/, providers/doc-snapshots/${existing}\\.txt, test/contract/${existing}\\.pact\\.test\\.ts already exist`,
      ),
    )
  })
})
