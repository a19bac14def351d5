const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escapes text for HTML content and quoted attribute values. Everything a vendor wrote goes
 * through here: it is untrusted.
 *
 * @example
 * escapeHtml('<script>"x"</script>') // '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!)
}

/**
 * Escapes text for XML content and attributes, and drops the characters XML 1.0 cannot hold at all
 * (control characters but tab and newlines, lone surrogates, U+FFFE and U+FFFF).
 *
 * @example
 * escapeXml('a < b\u0000') // 'a &lt; b'
 * @see https://www.w3.org/TR/xml/#charsets
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!)
  )
}

/**
 * Makes untrusted text inert in GitHub Markdown (step summaries, issues): one line, every
 * punctuation mark that could start markup backslash-escaped: `@` and `#` so no one is mentioned
 * and no issue is linked, `:` so no URL becomes a link, `$` so nothing turns into math.
 *
 * @example
 * escapeMarkdown('a | b <img src=x> @team') // 'a \\| b \\<img src=x\\> \\@team'
 * @see https://spec.commonmark.org/0.31.2/#backslash-escapes
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/[\\`*_{}[\]()<>#+!|~@&:$]/g, (char) => `\\${char}`)
  )
}
