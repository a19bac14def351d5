/**
 * Where `needle` occurs in strace's rendering of a call, outside its quoted strings: what a program
 * sends is printed as a quoted string, and must never be read as strace's own decoding.
 *
 * @example
 * indexesOutsideQuotes('sendto(3, "{sa_family=", 11, 0, {sa_family=AF_INET, …}, 16)', '{sa_family=') // [32]
 */
export function indexesOutsideQuotes(text: string, needle: string): number[] {
  const found: number[] = []
  let quoted = false
  for (let at = 0; at < text.length; at++) {
    const char = text[at]
    if (quoted) {
      if (char === '\\') at++
      else if (char === '"') quoted = false
    } else if (char === '"') quoted = true
    else if (text.startsWith(needle, at)) found.push(at)
  }
  return found
}

/**
 * The balanced `{…}` (or `[…]`) that starts at `start`, quoted strings skipped; to the end of the
 * text when it never closes.
 *
 * @example
 * balancedAt('connect(3, {sa_family=AF_UNIX, sun_path="/run/a}"}, 110) = 0', 11) // '{sa_family=AF_UNIX, sun_path="/run/a}"}'
 */
export function balancedAt(text: string, start: number): string {
  let depth = 0
  let quoted = false
  for (let at = start; at < text.length; at++) {
    const char = text[at]
    if (quoted) {
      if (char === '\\') at++
      else if (char === '"') quoted = false
    } else if (char === '"') quoted = true
    else if (char === '{' || char === '[') depth++
    else if (char === '}' || char === ']') {
      depth--
      if (depth === 0) return text.slice(start, at + 1)
    }
  }
  return text.slice(start)
}

/** strace's C escapes for the characters a command line shows as themselves. */
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' }

/**
 * The quoted strings of strace's text, in order, with `\"`, `\\`, `\n`, `\t`, `\r` undone (other
 * escapes, such as octal bytes, are kept as printed).
 *
 * @example
 * quotedStrings('["node", "-e", "say(\\"hi\\")"]') // ['node', '-e', 'say("hi")']
 */
export function quotedStrings(text: string): string[] {
  return [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]!.replace(/\\(.)/g, (escape, char: string) => ESCAPES[char] ?? escape))
}
