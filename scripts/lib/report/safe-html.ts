import { escapeHtml } from './escape-markup.ts'

/** Markup that is already safe: built by {@link html}, so every value in it was escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/** What {@link html} accepts between its `${}`: text (escaped), safe markup, lists of either, or nothing. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[]

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === null || value === undefined || value === false) return ''
  return escapeHtml(String(value))
}

/**
 * A template tag that escapes every interpolated value unless it is {@link SafeHtml}, so vendor text
 * can never become markup by mistake.
 *
 * @example
 * html`<td title="${reason}">${label}</td>` // both escaped
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? ''
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '')
  })
  return new SafeHtml(out)
}
