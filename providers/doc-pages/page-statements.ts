/** A media type as pages write it: `application/json`, `application/vnd.error+docplanner+json`. */
const MEDIA_TYPE = /\b(?:application|text)\/[a-z0-9][a-z0-9.+-]*[a-z0-9]\b/gi

/**
 * The media types a piece of prose states for a response's `Content-Type`, lower case.
 * Only sentences that speak of a content type count: a media type in other prose is not a statement.
 *
 * @example
 * statedContentTypes('Response Content-Type will be application/json, which means it will be in json format.') // ['application/json']
 */
export function statedContentTypes(text: string): string[] {
  const types: string[] = []
  for (const sentence of sentences(text)) {
    if (!/content[- ]type/i.test(sentence)) continue
    for (const match of sentence.matchAll(MEDIA_TYPE)) types.push(match[0].toLowerCase())
  }
  return types
}

/**
 * The body format a piece of prose states without a media type ("returned in JSON format"), lower case.
 *
 * @example
 * statedFormats('API error messages are returned in JSON format, for example:') // ['json']
 */
export function statedFormats(text: string): string[] {
  return [...text.matchAll(/\b(?:returned|sent|answered|responds?|served)\s+(?:in|as)\s+(JSON|XML|HTML|plain text|text)\b(?:\s+format)?/gi)].map((match) =>
    match[1]!.toLowerCase(),
  )
}

/**
 * The exact error statuses (4xx and 5xx) a piece of prose mentions, in order, without repeats.
 *
 * @example
 * statusesMentioned('Later we added 409 Conflict and 429 Too many requests.') // [409, 429]
 */
export function statusesMentioned(text: string): number[] {
  const statuses = [...text.matchAll(/(?<![\d.,/:-])\b([45]\d\d)\b(?![\d.,/:-]\d)/g)].map((match) => Number(match[1]))
  return [...new Set(statuses)]
}

/**
 * The status ranges a sentence names more than once ("Codes in the 5xx and codes in the 5xx range"),
 * with the sentence.
 *
 * @example
 * repeatedStatusClasses('Codes in the 5xx and codes in the 5xx range indicate a server-side error.') // [{ statusClass: '5xx', sentence: '…' }]
 */
export function repeatedStatusClasses(text: string): Array<{ statusClass: string; sentence: string }> {
  const found: Array<{ statusClass: string; sentence: string }> = []
  for (const sentence of sentences(text)) {
    const classes = [...sentence.matchAll(/\b([1-5])xx\b/gi)].map((match) => `${match[1]}xx`)
    for (const statusClass of new Set(classes)) if (classes.filter((item) => item === statusClass).length > 1) found.push({ statusClass, sentence })
  }
  return found
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])|\n/)
}
