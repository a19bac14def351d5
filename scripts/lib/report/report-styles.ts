/**
 * The report's whole stylesheet, inlined into the page: no external assets, readable without
 * scripts, printable. `:target` highlights the detail a matrix cell links to.
 *
 * @example
 * html`<style>${new SafeHtml(REPORT_CSS)}</style>`
 */
export const REPORT_CSS = `
:root { color-scheme: light; --pass: #e3f4e6; --pass-ink: #155724; --fail: #fbe2e2; --fail-ink: #8a1c1c;
  --warn: #fff1cc; --warn-ink: #7a5300; --none: #eef0f3; --none-ink: #4a5160; --line: #d6d9de; }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.25rem 1.5rem 3rem; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330; background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-top: .5rem; border-top: 2px solid #1d2330; }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
h4 { font-size: .85rem; margin: .75rem 0 .25rem; text-transform: uppercase; letter-spacing: .04em; color: #4a5160; }
a { color: #0b4f9c; }
code, pre { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { white-space: pre-wrap; word-break: break-word; background: #f6f7f9; padding: .5rem; border-radius: 4px; margin: .25rem 0; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; }
thead th { background: #f1f3f6; font-weight: 600; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
.muted { color: #5b6270; }
.matrix td.cell { text-align: center; white-space: nowrap; min-width: 7.5rem; }
.matrix td.cell a { display: block; text-decoration: none; color: inherit; font-weight: 600; }
.matrix th[scope=row] { font-weight: 500; }
.tone-pass { background: var(--pass); color: var(--pass-ink); }
.tone-fail { background: var(--fail); color: var(--fail-ink); }
.tone-warn { background: var(--warn); color: var(--warn-ink); }
.tone-not-run { background: var(--none); color: var(--none-ink); font-style: italic; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .8rem; font-weight: 600; }
blockquote { margin: .25rem 0; padding: .35rem .75rem; border-left: 4px solid #9aa3b1; background: #f6f7f9; }
.entry { border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1rem .75rem; margin: .75rem 0; }
.detail { padding: .1rem .5rem .4rem; border-radius: 4px; }
.entry:target, .detail:target, .extras:target { outline: 3px solid #f0a202; outline-offset: 2px; background: #fffbea; }
tr:target > * { box-shadow: inset 0 3px 0 #f0a202, inset 0 -3px 0 #f0a202; }
.problem { border-left: 4px solid var(--fail-ink); background: var(--fail); padding: .5rem .75rem; }
.back { font-size: .8rem; }
nav ul { padding-left: 1.2rem; }
@media print { .back { display: none; } }
`
