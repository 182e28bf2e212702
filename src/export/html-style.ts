// The handout's stylesheet, inlined into the page so the file stands alone.
// Stances and evidence kinds carry a glyph and a word in the text itself; the
// colours only repeat them, so a black-and-white print loses nothing. Light and
// dark follow the reader's setting; print is always black on white, one issue
// per page.
export const HTML_STYLE = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #555; --line: #c8c8c8; --head: #f1f1f1;
  --for: #0b6b2f; --against: #a11a1a; --mixed: #7a5a00; --unclear: #555; --link: #0645ad; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8e8; --bg: #161616; --muted: #b0b0b0; --line: #4a4a4a; --head: #262626;
    --for: #7fd49a; --against: #ff9a9a; --mixed: #e8c46a; --unclear: #c0c0c0; --link: #9cc2ff; }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; padding: 1rem; max-width: 80rem; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0.5rem 0; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 0 0 0.4rem; }
h4 { font-size: 0.95rem; margin: 0.8rem 0 0.2rem; }
p, li { overflow-wrap: anywhere; }
a { color: var(--link); }
.question { font-size: 1.1rem; }
.muted, .key { color: var(--muted); font-size: 0.92rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.5rem 0; }
caption { text-align: left; padding-bottom: 0.2rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th, th[scope=row] { background: var(--head); }
.stance { font-weight: 600; white-space: nowrap; }
.glyph { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-weight: 700; }
.s-for, .s-leans-for { color: var(--for); }
.s-against, .s-leans-against { color: var(--against); }
.s-mixed { color: var(--mixed); }
.s-unclear, .s-none { color: var(--unclear); font-weight: 400; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.8rem; }
.side { border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.8rem; }
.side.silent { border-style: dashed; }
ul.evidence, ul.counter { padding-left: 1.1rem; margin: 0.2rem 0; }
.kind { font-size: 0.78rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em;
  border: 1px solid currentColor; border-radius: 3px; padding: 0 0.25rem; margin-right: 0.3rem; }
.from { color: var(--muted); font-style: italic; }
blockquote { margin: 0.2rem 0; padding-left: 0.6rem; border-left: 3px solid var(--line); }
.prompts li { margin: 0.2rem 0; }
footer { margin-top: 2rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); padding-top: 0.5rem; }
@media (max-width: 40rem) {
  body { padding: 0.6rem; font-size: 15px; }
  h1 { font-size: 1.4rem; }
}
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #333; --line: #888; --head: #eee;
    --for: #000; --against: #000; --mixed: #000; --unclear: #000; --link: #000; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  .issue { break-before: page; }
  .side, tr, li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .scroll { overflow: visible; }
}
`;
