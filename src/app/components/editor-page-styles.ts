import { css } from 'lit'

/**
 * The drafting page's layout on office screens. Three columns (outline, speech, side panel)
 * from 1400 px wide; below that the outline is a drawer over the speech, opened from the
 * toolbar. The side panel can be folded to a strip of its tabs. The page of the speech keeps
 * its A4 width where there is room and narrows (with its margins) where there is not, so no
 * line is ever cut off or scrolled sideways: at 1093 × 614 (a 1366 × 768 laptop at 125 %) too.
 */
export const editorPageStyles = css`
  :host { --outline-w: 260px; --side-w: 360px; display: grid; position: relative;
    grid-template-columns: var(--outline-w) minmax(0, 1fr) var(--side-w); grid-template-rows: auto auto auto minmax(0, 1fr);
    height: 100vh; font-family: var(--font-ui); background: #f3f4f6; }
  /*
   * The toolbar: the editing tools wrap among themselves (a rolled draft has one more); the way out
   * (layout, print, export) and the save status stay together on the first row, the status at its end.
   */
  header { grid-column: 1 / -1; grid-row: 1; display: flex; gap: 6px; align-items: flex-start; justify-content: space-between;
    padding: 6px 10px; background: #fff; border-bottom: 1px solid #ddd; font-size: 14px; min-width: 0; }
  header .tools { display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: center; min-width: 0; }
  header .out { display: flex; gap: 6px; align-items: center; flex: none; }
  header select { font: 14px var(--font-ui); max-width: 12em; }
  .banners { grid-column: 1 / -1; grid-row: 2; min-width: 0; }
  /* The find bar has a row of its own above the speech, so it covers none of the page. */
  jg-find { grid-column: 2; grid-row: 3; }
  aside.outline { grid-column: 1; grid-row: 3 / -1; }
  main { grid-column: 2; grid-row: 4; }
  aside.checks { grid-column: 3; grid-row: 3 / -1; border-left: 1px solid #ddd; border-right: none; padding: 0;
    display: flex; flex-direction: column; overflow: hidden; min-width: 0; }
  aside.checks > jg-checks, aside.checks > jg-preview, aside.checks > jg-figures, aside.checks > jg-rollover-report {
    flex: 1; min-height: 0; overflow: auto; }
  .tabs { display: flex; border-bottom: 1px solid #ddd; }
  .tabs button { flex: 1; border: none; border-radius: 0; background: #eee; padding: 6px 4px; min-width: 0; }
  .tabs button[aria-selected="true"] { background: #fff; font-weight: 600; }
  .tabs button.fold { flex: 0 0 auto; padding: 6px 8px; }
  button, a.button { font: 14px var(--font-ui); padding: 3px 10px; border-radius: 4px; border: 1px solid #aab; background: #fff;
    cursor: pointer; color: #123; text-decoration: none; white-space: nowrap; }
  button:disabled { opacity: .45; cursor: default; }
  button:focus-visible, a:focus-visible, input:focus-visible { outline: 2px solid #2a6fd1; outline-offset: 1px; }
  /* As wide as its longest text (the unsaved-changes notice), so typing never moves the toolbar. */
  .status { width: 7em; text-align: right; white-space: nowrap; color: #2e7d32; }
  .status.pending, .status.saving { color: #666; }
  .status.error { color: #b00020; }
  .save-error {
    background: #fdecee;
    color: #b00020;
    padding: 6px 12px;
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    align-items: center;
  }
  .save-error.readonly { background: #fff6e0; color: #6b4500; }
  .notice { background: #eef4fc; color: #123; padding: 6px 12px; }
  .notice .dismiss { margin-left: 12px; }
  aside { overflow: auto; padding: 10px 6px; background: #fafafa; border-right: 1px solid #ddd; min-width: 0; }
  aside label { display: block; font-size: 13px; color: #555; padding: 8px; }
  aside input { width: 5em; }
  details { margin: 8px; font-size: 13px; }
  details textarea { width: 100%; box-sizing: border-box; height: 8em; font: 13px var(--font-ui); }
  .message { padding: 40px; font-size: 16px; }

  /* The speech: an A4 sheet where it fits, narrower (margins too) where it does not. */
  main { overflow: auto; padding: 16px 16px 24px; container-type: inline-size; min-width: 0; }
  .page { background: #fff; box-sizing: border-box; width: min(210mm, 100%); min-height: 297mm; margin: 0 auto;
    padding: min(37mm, 12vh) min(26mm, 12.4cqw) 35mm min(28mm, 13.3cqw); box-shadow: 0 1px 6px rgba(0,0,0,.15); }
  .page[hidden] { display: none; }
  jg-find { box-sizing: border-box; width: min(210mm, calc(100% - 32px)); margin: 8px auto 0; z-index: 6; }

  .toggle-outline { display: none; }
  /* Side panel folded: a strip of its tabs, written top to bottom. */
  :host([side-collapsed]) { --side-w: 36px; }
  :host([side-collapsed]) .tabs { flex-direction: column; border: none; }
  :host([side-collapsed]) .tabs button { writing-mode: vertical-rl; padding: 8px 4px; flex: 0 0 auto; }
  /* The preview across the whole page. */
  :host([preview-wide]) aside.checks { grid-column: 1 / -1; border-left: none; }
  :host([preview-wide]) main, :host([preview-wide]) aside.outline, :host([preview-wide]) jg-find { display: none; }

  @media (min-width: 1700px) {
    :host { --side-w: 440px; }
  }
  @media (max-width: 1399px) {
    :host { --outline-w: 0px; }
    .toggle-outline { display: inline-block; }
    aside.outline { grid-column: 2; justify-self: start; width: min(300px, 90%); z-index: 10; display: none;
      box-shadow: 4px 0 16px rgba(0,0,0,.18); }
    :host([outline-open]) aside.outline { display: block; }
  }
  @media (max-width: 1199px) {
    :host { --side-w: 320px; }
    header { gap: 4px; padding: 4px 8px; }
    button, a.button { padding: 2px 7px; font-size: 13px; }
  }
`
