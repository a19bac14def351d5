/**
 * The form fields of a `multipart/form-data` body. The boundary comes from the Content-Type, or,
 * when the request has none, from the body's first line (some SDKs send a multipart stream without
 * setting a Content-Type).
 *
 * @example
 * multipartFields('--b\r\nContent-Disposition: form-data; name="scope"\r\n\r\nintegration\r\n--b--\r\n', undefined) // Map { 'scope' => 'integration' }
 */
export function multipartFields(body: string, contentType: string | undefined): Map<string, string> {
  const fields = new Map<string, string>()
  const declared = /boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1]
  const sniffed = contentType === undefined || contentType.trim() === '' ? /^--([^\r\n]+)\r?\n/.exec(body)?.[1] : undefined
  const boundary = declared ?? sniffed
  if (boundary === undefined) return fields
  for (const part of body.split(`--${boundary}`).slice(1)) {
    if (part.startsWith('--')) break
    const split = part.search(/\r?\n\r?\n/)
    if (split < 0) continue
    const name = /name="([^"]*)"/i.exec(part.slice(0, split))?.[1]
    if (name !== undefined)
      fields.set(
        name,
        part
          .slice(split)
          .replace(/^\r?\n\r?\n/, '')
          .replace(/\r?\n$/, ''),
      )
  }
  return fields
}
