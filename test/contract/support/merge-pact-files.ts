/** One pact file as read from disk: where it came from (for error messages) and its text. */
export interface PactFileText {
  file: string
  text: string
}

/** pact-core pretty-prints with two spaces: the interactions array opens and closes at depth 1. */
const ARRAY_OPEN = '\n  "interactions": [\n'
const ARRAY_CLOSE = '\n  ]'
/** An element of the interactions array closes on a line of exactly four spaces and `}`. */
const ELEMENT_BOUNDARY = '\n    },\n'

/**
 * Merges pact files written by pact-core for the same consumer and provider into the text of
 * one pact file, as pact-core itself would write it: interactions sorted by description
 * (UTF-8 byte order, as Rust compares strings), then by interaction key, duplicates (same key)
 * kept once. Interactions are spliced as pact-core printed them, never re-serialised, so numbers
 * and escapes stay byte for byte; the same inputs in any order give the same bytes.
 *
 * @example
 * mergePactFiles([{ file: 'a/x.json', text: a }, { file: 'b/x.json', text: b }]) // one pact file's text
 * @see https://github.com/pact-foundation/pact-reference/blob/master/rust/pact_models/src/v4/pact.rs (to_json, merge)
 */
export function mergePactFiles(parts: readonly PactFileText[]): string {
  if (parts.length === 0) throw new Error('mergePactFiles: no pact files to merge')
  const split = parts.map(splitPactFile)
  const first = split[0]!
  for (const part of split) {
    if (part.head !== first.head || part.tail !== first.tail) {
      throw new Error(`mergePactFiles: ${part.file} differs from ${first.file} outside its interactions (consumer, provider or metadata)`)
    }
  }
  const byKey = new Map<string, SplicedInteraction>()
  for (const interaction of split.flatMap((part) => part.interactions)) {
    const seen = byKey.get(interaction.key)
    if (seen === undefined || compareInteractions(interaction, seen) < 0) byKey.set(interaction.key, interaction)
  }
  const interactions = [...byKey.values()].sort(compareInteractions)
  const merged = `${first.head}${interactions.map((interaction) => interaction.text).join(',\n')}${first.tail}`
  const check = JSON.parse(merged) as { interactions?: unknown[] }
  if (check.interactions?.length !== interactions.length)
    throw new Error('mergePactFiles: the merged pact lost interactions (has pact-core changed its layout?)')
  return merged
}

interface SplicedInteraction {
  description: Buffer
  key: string
  text: string
}

interface SplitPact {
  file: string
  head: string
  tail: string
  interactions: SplicedInteraction[]
}

function splitPactFile({ file, text }: PactFileText): SplitPact {
  const open = text.indexOf(ARRAY_OPEN)
  const close = open < 0 ? -1 : text.indexOf(ARRAY_CLOSE, open + ARRAY_OPEN.length - 1)
  if (open < 0 || close < 0) throw new Error(`mergePactFiles: ${file} is not a pact file with interactions in pact-core's layout`)
  const body = text.slice(open + ARRAY_OPEN.length, close)
  const pieces = body.split(ELEMENT_BOUNDARY)
  const interactions = pieces.map((piece, index) => {
    const elementText = index < pieces.length - 1 ? `${piece}\n    }` : piece
    let parsed: { description?: unknown; key?: unknown }
    try {
      parsed = JSON.parse(elementText) as typeof parsed
    } catch (error) {
      throw new Error(`mergePactFiles: ${file} has an interaction that does not parse on its own (${(error as Error).message})`, { cause: error })
    }
    if (typeof parsed.description !== 'string') throw new Error(`mergePactFiles: ${file} has an interaction without a description`)
    const key = typeof parsed.key === 'string' ? parsed.key : `text:${elementText}`
    return { description: Buffer.from(parsed.description, 'utf8'), key, text: elementText }
  })
  return { file, head: text.slice(0, open + ARRAY_OPEN.length), tail: text.slice(close), interactions }
}

function compareInteractions(a: SplicedInteraction, b: SplicedInteraction): number {
  return Buffer.compare(a.description, b.description) || compareText(a.key, b.key) || compareText(a.text, b.text)
}

function compareText(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}
