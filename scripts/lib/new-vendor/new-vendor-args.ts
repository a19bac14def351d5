import { parseArgs } from 'node:util'
import { NewVendorError } from './new-vendor-error.ts'

/** What `npm run new-vendor` was asked for. */
export interface NewVendorOptions {
  /** The vendor id: lower-case letters, digits and hyphens. */
  id: string
  /** The vendor's error page: a text capture or the HTML the site serves. */
  page: string
  /** The page's public address, when the page does not name it (`<link rel="canonical">`). */
  url?: string | undefined
  /** The vendor's name as people write it (default: from the id, `acme-pay` → `Acme Pay`). */
  name?: string | undefined
  /** Write the files only: run neither `npm run generate` nor the contract generation (the tests of the generator). */
  filesOnly: boolean
}

/**
 * Reads the command line of `npm run new-vendor -- --id <id> --page <file> [--url <address>] [--name <name>]`.
 *
 * @example
 * parseNewVendorArgs(['--id', 'acme', '--page', 'acme-errors.html']) // { id: 'acme', page: 'acme-errors.html', filesOnly: false }
 */
export function parseNewVendorArgs(argv: readonly string[]): NewVendorOptions {
  let values: Record<string, string | boolean | undefined>
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      options: {
        id: { type: 'string' },
        page: { type: 'string' },
        url: { type: 'string' },
        name: { type: 'string' },
        'files-only': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    throw new NewVendorError(
      'bad-option',
      `${(error as Error).message}; usage: npm run new-vendor -- --id <id> --page <file> [--url <address>] [--name <name>]`,
    )
  }
  const { id, page, url, name } = values as { id?: string; page?: string; url?: string; name?: string }
  if (id === undefined || id === '') throw new NewVendorError('bad-option', '--id <id> is required (lower-case letters, digits and hyphens)')
  if (page === undefined || page === '') throw new NewVendorError('bad-option', '--page <file> is required: the vendor’s error page, as text or HTML')
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) throw new NewVendorError('bad-option', `--url "${url}" is not an http(s) address`)
  return { id, page, url, name: name?.trim() || undefined, filesOnly: values['files-only'] === true }
}
