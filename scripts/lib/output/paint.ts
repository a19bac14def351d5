/** The few colours progress uses, as ANSI SGR codes: a table, not branches. */
const SGR = { green: 32, red: 31, yellow: 33, dim: 2, bold: 1 } as const

/** A colour name of {@link paint}. */
export type Colour = keyof typeof SGR

/**
 * Wraps text in an ANSI colour when colour is on, else returns it unchanged.
 *
 * @example
 * paint('green', 'verified', true) // '\u001b[32mverified\u001b[39m' (or '\u001b[0m' for dim/bold)
 * paint('green', 'verified', false) // 'verified'
 */
export function paint(colour: Colour, text: string, enabled: boolean): string {
  if (!enabled) return text
  const reset = colour === 'dim' || colour === 'bold' ? 22 : 39
  return `\u001b[${SGR[colour]}m${text}\u001b[${reset}m`
}

/**
 * Removes ANSI escape sequences, and every other control character but newline and tab, from
 * text that came from outside (a vendor's answer) before it reaches a terminal.
 *
 * @example
 * plainText('bad\u001b[2Jinput') // 'badinput'
 */
export function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
}
