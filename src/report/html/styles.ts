/**
 * The report's one stylesheet, inline (the file makes no request). The filter is CSS alone — a
 * checkbox and the rule below — so it works with scripts off.
 */
export const STYLES = `
:root { --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --info: #0969da; --skip: #6e7781; --error: #8250df;
  --line: #d0d7de; --soft: #f6f8fa; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; line-height: 1.45; }
h1 { margin: 0; font-size: 1.6rem; }
h2 { margin: 2rem 0 .5rem; font-size: 1.25rem; }
h4 { margin: .5rem 0 .2rem; font-size: .85rem; color: #57606a; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .82rem; }
pre { background: var(--soft); border: 1px solid var(--line); padding: .5rem; margin: 0; white-space: pre-wrap;
  overflow-wrap: anywhere; max-height: 20rem; overflow: auto; }
.verdict { border-radius: 6px; padding: 1rem 1.25rem; color: #fff; }
.verdict p { margin: .25rem 0 0; overflow-wrap: anywhere; }
.verdict-pass { background: var(--pass); } .verdict-fail { background: var(--fail); } .verdict-undecided { background: var(--error); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 1rem 0; }
.facts dt { color: #57606a; } .facts dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); font-size: .85rem; }
.counts { width: auto; } .counts td, .counts th { text-align: right; min-width: 3.5rem; } .counts td:first-child { text-align: left; }
.zero { color: #afb8c1; }
.doc-link { white-space: nowrap; }
.clause-id { white-space: nowrap; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; }
.status { display: inline-block; min-width: 3.2rem; text-align: center; border-radius: 3px; color: #fff; font-size: .8rem;
  font-weight: 600; text-transform: uppercase; padding: 0 .3rem; }
.s-waived { background: #8250df; margin-left: .3rem; }
.gate-note { font-style: italic; }
.s-pass { background: var(--pass); } .s-fail { background: var(--fail); } .s-warn { background: var(--warn); }
.s-info { background: var(--info); } .s-skip { background: var(--skip); } .s-error { background: var(--error); }
.detail > td { background: #fff; padding-left: 1.5rem; }
details > summary { cursor: pointer; color: #0969da; }
.finding { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: .5rem 0; }
.finding dt { font-weight: 600; } .finding dd { margin: 0; overflow-wrap: anywhere; }
.exchange { border-left: 3px solid var(--line); padding-left: .75rem; margin: .75rem 0; }
.exchange .two { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; }
.note { margin: .25rem 0; overflow-wrap: anywhere; }
.filter { margin: 1.5rem 0 0; font-weight: 600; display: inline-block; }
#only-problems:checked ~ main .row-pass { display: none; }
figure { margin: 1rem 0; } figcaption { font-size: .85rem; color: #57606a; }
svg text { font-size: 11px; fill: #57606a; font-family: system-ui, sans-serif; }
footer { margin-top: 2rem; font-size: .8rem; color: #57606a; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .filter, #only-problems { display: none; }
  .verdict { color: #000; border: 2px solid #000; background: none; }
  .status { color: #000; border: 1px solid #000; background: none; }
  pre { max-height: none; overflow: visible; }
  tbody { break-inside: avoid; }
}
`;
