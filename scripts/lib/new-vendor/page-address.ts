/**
 * The page's public address: the one given, else the one the HTML names as its own
 * (`<link rel="canonical">` or `og:url`), else a placeholder under `.invalid`, which resolves
 * nowhere, with a note to fill it in.
 *
 * @example
 * pageAddress({ id: 'acme', text: '<link rel="canonical" href="https://docs.acme.example/errors">' }) // { url: 'https://docs.acme.example/errors' }
 */
export function pageAddress(page: { id: string; text: string; given?: string | undefined }): { url: string; note?: string } {
  if (page.given !== undefined) return { url: page.given }
  const named = [/<link\b[^>]*\brel=["']canonical["'][^>]*>/i, /<meta\b[^>]*\bproperty=["']og:url["'][^>]*>/i]
    .map((pattern) => pattern.exec(page.text)?.[0])
    .map((tag) => tag && /\b(?:href|content)=["'](https?:\/\/[^"'\s]+)["']/i.exec(tag)?.[1])
    .find((url) => url !== undefined)
  if (named) return { url: named }
  return {
    url: `https://${page.id}.invalid/errors`,
    note: 'to fill in: the page’s public address (npm run new-vendor was given a file, not an address); until then npm run drift -- --live cannot fetch it',
  }
}
