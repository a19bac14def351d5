import { DocPageError } from '../../../providers/doc-pages/doc-page-error.ts'
import type { PageForm } from '../../../providers/doc-pages/extract-doc-page.ts'
import { MAX_PAGE_BYTES } from '../../../providers/doc-pages/page-guards.ts'
import { redactUrl } from '../../../consumers/http/redact-url.ts'
import type { PageValidators } from './page-validators.ts'

/** The user agent drift sends: who is asking and why, so a vendor's web team can tell. */
export const DRIFT_USER_AGENT =
  'vendor-error-contracts-drift/0.1 (reads a public error-documentation page to detect changes; conditional requests, at most once per run)'

/** How long a page may take, headers and body together, unless `DRIFT_TIMEOUT_MS` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 15_000

/** A fetched page, or the server's word that the accepted snapshot is still current. */
export type LivePage = { status: 'fetched'; bytes: Uint8Array; form: PageForm; validators: PageValidators } | { status: 'not-modified' }

/**
 * Fetches a vendor's page with a timeout, a clear user agent, and conditional headers from the
 * validators stored with the accepted snapshot (so an unchanged page costs a 304). The body is
 * read up to the page size limit. Every failure throws a `DocPageError` (`fetch-failed`,
 * `too-large` or `unreadable`) naming the vendor and the (redacted) URL.
 *
 * @example
 * const page = await fetchLivePage({ vendor: 'usta', url, validators: readValidators(root, 'usta') })
 */
export async function fetchLivePage(input: {
  vendor: string
  url: string
  validators?: PageValidators | undefined
  timeoutMs?: number
  fetch?: typeof fetch
}): Promise<LivePage> {
  const source = redactUrl(input.url)
  const timeoutMs = input.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const fail = (problem: 'fetch-failed' | 'too-large' | 'unreadable', detail: string) => new DocPageError({ vendor: input.vendor, source, problem, detail })
  const headers: Record<string, string> = { 'user-agent': DRIFT_USER_AGENT, accept: 'text/html, text/plain;q=0.9' }
  if (input.validators?.url === input.url) {
    if (input.validators.etag) headers['if-none-match'] = input.validators.etag
    if (input.validators.lastModified) headers['if-modified-since'] = input.validators.lastModified
  }
  const signal = AbortSignal.timeout(timeoutMs)
  let response: Response
  try {
    response = await (input.fetch ?? fetch)(input.url, { headers, signal, redirect: 'follow' })
  } catch (error) {
    throw fail('fetch-failed', signal.aborted ? `no answer within ${timeoutMs} ms` : `the request failed (${causeOf(error).split(input.url).join(source)})`)
  }
  if (response.status === 304) {
    await response.body?.cancel()
    return { status: 'not-modified' }
  }
  if (response.status !== 200) {
    await response.body?.cancel()
    throw fail('fetch-failed', `the server answered ${response.status}`)
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const form: PageForm | undefined =
    type === 'text/html' || type === 'application/xhtml+xml' ? 'html' : type === 'text/plain' || type === '' ? 'text' : undefined
  if (!form) {
    await response.body?.cancel()
    throw fail('unreadable', `the server sent ${type}, not an HTML or text page`)
  }
  const declared = Number(response.headers.get('content-length') ?? '0')
  if (declared > MAX_PAGE_BYTES) {
    await response.body?.cancel()
    throw fail('too-large', `the server announces ${declared} bytes, over the limit of ${MAX_PAGE_BYTES}`)
  }
  const bytes = await readCapped(response, MAX_PAGE_BYTES, signal, timeoutMs, fail)
  const validators: PageValidators = { url: input.url }
  const etag = response.headers.get('etag')
  const lastModified = response.headers.get('last-modified')
  if (etag) validators.etag = etag
  if (lastModified) validators.lastModified = lastModified
  return { status: 'fetched', bytes, form, validators }
}

/** Reads a body up to `limit` bytes, cancelling the download past it. */
async function readCapped(
  response: Response,
  limit: number,
  signal: AbortSignal,
  timeoutMs: number,
  fail: (problem: 'fetch-failed' | 'too-large', detail: string) => Error,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body?.getReader()
  if (!reader) return new Uint8Array()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limit) {
        await reader.cancel()
        throw fail('too-large', `the body passed the limit of ${limit} bytes`)
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'DocPageError') throw error
    throw fail('fetch-failed', signal.aborted ? `the body did not arrive within ${timeoutMs} ms` : `the body broke off (${causeOf(error)})`)
  }
  return Buffer.concat(chunks)
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error)
}
