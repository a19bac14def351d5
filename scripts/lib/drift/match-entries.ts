import type { DocumentedError } from '../../../providers/doc-pages/documented-error.ts'
import { normalizeWords } from '../../../providers/doc-pages/page-text.ts'
import { shapeOf } from './body-shape.ts'
import type { ComparableEntry } from './comparable-entry.ts'

/** A catalog entry and the documented error on the page it was matched to. */
export interface EntryMatch {
  entry: ComparableEntry
  error: DocumentedError
}

/** The outcome of matching: pairs, entries the page no longer has, and page errors no entry covers. */
export interface MatchResult {
  matches: EntryMatch[]
  unmatched: ComparableEntry[]
  uncovered: DocumentedError[]
}

/**
 * Pairs catalog entries with the page's documented errors (same direction only). An entry is
 * paired with the error whose text holds the entry's quote; failing that (the page was edited),
 * with one whose text holds the quote but for its numbers, one that has its message, its code
 * where the code names one error, its status where neither side has a code and the status names
 * one error, or the only error of a direction that has one entry. Several entries may share an error
 * (USTA records two envelope shapes of 3001; Docplanner's "500, 502, 503, 504" row). A page
 * error no entry is paired with still counts as covered when a paired error tells the same
 * thing: the same code (and message), or, for a status-only row, a coded error of that status.
 *
 * @example
 * const { matches, unmatched, uncovered } = matchEntries(page.errors, entriesOfCatalog(loadCatalog('usta')))
 */
export function matchEntries(errors: readonly DocumentedError[], entries: readonly ComparableEntry[]): MatchResult {
  const matches: EntryMatch[] = []
  const unmatched: ComparableEntry[] = []
  const claimed = new Set<DocumentedError>()
  for (const entry of entries) {
    const candidates = errors.filter((error) => error.direction === entry.direction)
    let best: { error: DocumentedError; score: number } | undefined
    for (const error of candidates) {
      if (!isEligible(entry, error, candidates, entries)) continue
      const score = scoreOf(entry, error) + (claimed.has(error) ? 0 : 0.5)
      if (!best || score > best.score) best = { error, score }
    }
    if (best) {
      matches.push({ entry, error: best.error })
      claimed.add(best.error)
    } else unmatched.push(entry)
  }
  const uncovered = errors.filter((error) => !claimed.has(error) && !isCovered(error, [...claimed]))
  return { matches, unmatched, uncovered }
}

/** Text compared without its whitespace, as catalog quotes are "whitespace-insensitive" (and a capture may run cells together). */
function squash(text: string): string {
  return text.replace(/\s+/g, '')
}

function sameCode(a: string | number | null, b: string | number | null): boolean {
  return a !== null && b !== null && String(a) === String(b)
}

function quoteHit(entry: ComparableEntry, error: DocumentedError): boolean {
  return squash(error.evidence).includes(squash(entry.quote))
}

/** The quote is there once digits are set aside: the same row with its status or code edited. */
function quoteHitButNumbers(entry: ComparableEntry, error: DocumentedError): boolean {
  const quote = squash(entry.quote).replace(/\d+/g, '#')
  return /[A-Za-z]{3}/.test(quote) && squash(error.evidence).replace(/\d+/g, '#').includes(quote)
}

/** 2 when the error's own message is the entry's, 1 when one of its texts contains it, 0 otherwise. */
function messageAgreement(entry: ComparableEntry, error: DocumentedError): 0 | 1 | 2 {
  if (entry.message === null) return 0
  const message = normalizeWords(entry.message)
  if (message === '') return 0
  if (error.message !== null && normalizeWords(error.message) === message) return 2
  const texts = [error.message, error.description, error.name].filter((text): text is string => text !== null)
  return texts.some((text) => normalizeWords(text).includes(message)) ? 1 : 0
}

function statesStatus(error: DocumentedError, status: number): boolean | null {
  if (error.statuses.length > 0) return error.statuses.includes(status)
  if (error.statusClass !== null) return error.statusClass[0] === String(status)[0]
  return null
}

function isEligible(entry: ComparableEntry, error: DocumentedError, errors: readonly DocumentedError[], entries: readonly ComparableEntry[]): boolean {
  if (quoteHit(entry, error) || quoteHitButNumbers(entry, error) || messageAgreement(entry, error) > 0) return true
  if (errors.length === 1 && entries.filter((other) => other.direction === entry.direction).length === 1) return true
  if (sameCode(entry.code, error.code)) return codeNamesOneError(entry.code, errors, entries)
  if (entry.code === null && error.code === null && statesStatus(error, entry.status) === true) {
    return errors.filter((other) => other.code === null && statesStatus(other, entry.status) === true).length === 1
  }
  return false
}

/** Whether every page error and every entry with this code tell the same message (so the code alone identifies one error). */
function codeNamesOneError(code: string | number | null, errors: readonly DocumentedError[], entries: readonly ComparableEntry[]): boolean {
  const messages = new Set<string>()
  for (const error of errors) if (sameCode(error.code, code) && error.message !== null) messages.add(normalizeWords(error.message))
  const entryMessages = new Set<string>()
  for (const entry of entries) if (sameCode(entry.code, code) && entry.message !== null) entryMessages.add(normalizeWords(entry.message))
  return messages.size <= 1 && entryMessages.size <= 1
}

function scoreOf(entry: ComparableEntry, error: DocumentedError): number {
  let score = quoteHit(entry, error) ? 100 : quoteHitButNumbers(entry, error) ? 50 : 0
  if (entry.code !== null && error.code !== null) score += sameCode(entry.code, error.code) ? 8 : -4
  score += [0, 4, 6][messageAgreement(entry, error)]!
  const status = statesStatus(error, entry.status)
  if (status !== null) score += status ? 2 : -1
  if (error.examples.some((example) => shapeOf(example) === shapeOf(entry.body))) score += 1
  return score
}

/** Whether a page error no entry was paired with tells what a paired one already tells. */
function isCovered(error: DocumentedError, paired: readonly DocumentedError[]): boolean {
  const sameDirection = paired.filter((other) => other.direction === error.direction)
  if (error.code !== null) {
    return sameDirection.some(
      (other) =>
        sameCode(other.code, error.code) &&
        (error.message === null || other.message === null || normalizeWords(error.message) === normalizeWords(other.message)),
    )
  }
  if (error.message === null && error.examples.length === 0 && error.statuses.length > 0) {
    return sameDirection.some((other) => other.code !== null && other.statuses.some((status) => error.statuses.includes(status)))
  }
  return false
}
