import { css, unsafeCSS } from 'lit'
import { cssFontStack } from '../../core/export/fonts'
import { LEVEL_MARKS, type Level } from '../../core/lang/numbering'
import { zh } from '../../i18n/zh'

/**
 * The rules ProseMirror needs (from prosemirror-view/style/prosemirror.css, which a shadow
 * root cannot see), then the look of a speech on screen.
 */
export const proseMirrorStyles = css`
  .ProseMirror { position: relative; word-wrap: break-word; white-space: pre-wrap; white-space: break-spaces;
    font-variant-ligatures: none; font-feature-settings: "liga" 0; }
  .ProseMirror-hideselection *::selection { background: transparent; }
  .ProseMirror-hideselection { caret-color: transparent; }
  .ProseMirror [draggable][contenteditable=false] { user-select: text; }
  .ProseMirror-selectednode { outline: 2px solid #8cf; }
  img.ProseMirror-separator { display: inline !important; border: none !important; margin: 0 !important; }
`

/** The speech's font stacks (the print's, from core/export/fonts.ts), and the UI's own. */
export const fonts = css`
  :host {
    --font-body: ${unsafeCSS(cssFontStack('body'))};
    --font-title: ${unsafeCSS(cssFontStack('title'))};
    --font-hei: ${unsafeCSS(cssFontStack('hei'))};
    --font-kai: ${unsafeCSS(cssFontStack('kai'))};
    --font-ui: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
  }
`

/** A text as a CSS string, for `content:`. */
const cssString = (text: string) => unsafeCSS(JSON.stringify(text))

/** The CSS `content` of a heading's number at a level, from a counter: `"（" counter(section, simp-chinese-informal) "）"`. */
function numberContent(level: Level, counter: string) {
  const [open, close] = LEVEL_MARKS[level]
  const value = level <= 2 ? `counter(${counter}, simp-chinese-informal)` : `counter(${counter})`
  return unsafeCSS([open ? JSON.stringify(open) : '', value, JSON.stringify(close)].filter(Boolean).join(' '))
}

/** A speech as it reads on screen: numbers come from CSS counters, like the generated numbers in print. */
export const speechStyles = css`
  .ProseMirror { outline: none; font-family: var(--font-body); font-size: 16pt; line-height: 1.75; color: #111;
    counter-reset: part; }
  .ProseMirror p { margin: 0; text-indent: 2em; }
  /* Blocks far off screen are not laid out until they come near: a long speech stays quick to fill and edit.
     Until then each stands at an estimated height (three lines, one for a heading), then at its last real one.
     Scrolls that land by these estimates are corrected (scroll.ts); Ctrl+Home/End are ours (commands.ts). */
  .ProseMirror p, .ProseMirror h1, .ProseMirror h2, .ProseMirror h3 {
    content-visibility: auto;
    contain-intrinsic-size: auto 5.25em;
  }
  .ProseMirror h1, .ProseMirror h2, .ProseMirror h3 { contain-intrinsic-size: auto 1.75em; }
  .ProseMirror h1.title {
    font-family: var(--font-title);
    font-size: 22pt;
    font-weight: normal;
    text-align: center;
    margin: 0 0 .4em;
    line-height: 1.5;
  }
  /* A title or subtitle wraps between its phrases (at spaces) where it can, inside a phrase only where it must,
     in lines of even length, so no character stands alone on the last. A meeting document's title holds the
     meeting's name as one chip: it may break inside that name, or the document's own name (agenda, script) would have nowhere to go. */
  .ProseMirror h1.title, .ProseMirror p.subtitle { word-break: keep-all; overflow-wrap: anywhere; text-wrap: balance; }
  .ProseMirror h1.title .slot.field, .ProseMirror p.subtitle .slot.field { word-break: normal; }
  .ProseMirror p.subtitle { text-align: center; font-family: var(--font-kai); text-indent: 0; margin-bottom: .2em; }
  .ProseMirror p.byline { text-align: center; font-family: var(--font-kai); text-indent: 0; }
  .ProseMirror p.greeting { text-indent: 0; margin-top: .6em; }
  .ProseMirror section.part { counter-increment: part; counter-reset: section item3 item4; }
  .ProseMirror h2.part-heading {
    font-family: var(--font-hei);
    font-size: 16pt;
    font-weight: normal;
    margin: 0;
    text-indent: 2em;
  }
  .ProseMirror h2.part-heading::before { content: ${numberContent(1, 'part')}; }
  .ProseMirror section.section { counter-increment: section; counter-reset: item3 item4; }
  .ProseMirror h3.section-heading {
    font-family: var(--font-kai);
    font-size: 16pt;
    font-weight: normal;
    margin: 0;
    text-indent: 2em;
  }
  .ProseMirror h3.section-heading::before { content: ${numberContent(2, 'section')}; }
  .ProseMirror section.section[data-run-in] > h3.section-heading::after { content: ${cssString(zh.runIn)}; font: 10pt var(--font-ui); color: #8a6d3b;
    border: 1px solid #e0c98f; border-radius: 3px; padding: 0 3px; margin-left: .5em; vertical-align: middle;
    /* One box: at a line's end it moves down whole instead of splitting after its first character. */
    display: inline-block; white-space: nowrap; text-indent: 0; line-height: 1.5; }
  .ProseMirror p.item[data-level="3"] { counter-increment: item3; counter-reset: item4; }
  .ProseMirror p.item[data-level="3"]::before { content: ${numberContent(3, 'item3')}; }
  .ProseMirror p.item[data-level="4"] { counter-increment: item4; }
  .ProseMirror p.item[data-level="4"]::before { content: ${numberContent(4, 'item4')}; }
  /* The meeting's documents: an agenda's items numbered in the opening; a notice's signer and date at the right, four characters in. */
  .ProseMirror div.opening { counter-reset: item1 item2; }
  .ProseMirror p.item[data-level="1"] { counter-increment: item1; counter-reset: item2; }
  .ProseMirror p.item[data-level="1"]::before { content: ${numberContent(1, 'item1')}; }
  .ProseMirror p.item[data-level="2"] { counter-increment: item2; }
  .ProseMirror p.item[data-level="2"]::before { content: ${numberContent(2, 'item2')}; }
  .ProseMirror p.signer, .ProseMirror p.issue-date { text-align: right; text-indent: 0; padding-right: 4em; }
  .ProseMirror p.signer { margin-top: 2em; }
  .ProseMirror h1:empty::after, .ProseMirror h2:empty::after, .ProseMirror h3:empty::after { content: ${cssString(zh.editor.headingPlaceholder)}; color: #aaa; }

  .slot { display: inline; white-space: nowrap; border-radius: 4px; padding: 0 .15em; margin: 0 .05em; background: #e8f1fb; border: 1px solid #9cc2ea;
    line-height: 1.35; text-indent: 0; cursor: pointer; }
  .slot.empty { background: #fff6e0; border: 1px dashed #d49a2a; color: #8a5a00; }
  .slot.empty { font-family: var(--font-ui); font-size: .7em; padding: 0 .2em; }
  .slot.empty[data-unit]::after { content: attr(data-unit); font-family: var(--font-body); font-size: calc(1em / .7); }
  .slot.person { background: #eef7ee; border-color: #8fc48f; }
  .slot.field { background: #f1ecfa; border-color: #b7a3dd; white-space: normal; }
  .slot.field.empty { background: #fff6e0; border: 1px dashed #d49a2a; }
  .slot.selected, .slot.ProseMirror-selectednode { outline: 2px solid #2a6fd1; }
  /* The hint for a slot chosen with the keyboard (slot-tip.ts), placed in the editor's mount. */
  .editor-mount { position: relative; }
  .slot-tip { position: absolute; z-index: 5; max-width: 24em; padding: 4px 8px; border-radius: 4px; background: #2b2f36; color: #fff;
    font: 13px/1.5 var(--font-ui); white-space: pre-line; text-indent: 0; pointer-events: none; box-shadow: 0 2px 6px rgba(0,0,0,.25); }
  .slot-tip[hidden] { display: none; }
  .slot-input { font: inherit; font-size: .9em; width: auto; border: none; outline: none; background: #fff; }
  /* Find and replace (find.ts): every match, and the selected one. */
  .ProseMirror .find-match { background: #ffe9a8; }
  .ProseMirror .find-current { background: #ffb347; box-shadow: 0 0 0 1px #d98200; }
  .ProseMirror .slot.find-match { box-shadow: 0 0 0 2px #f0b400; }
  .ProseMirror .slot.find-current { box-shadow: 0 0 0 3px #d98200; }
  /* What a hand-typed number should be (number-hint.ts), under the cursor. */
  .number-hint { position: absolute; z-index: 5; max-width: 26em; padding: 6px 10px; border-radius: 4px; background: #fff8e1;
    color: #4a3500; border: 1px solid #e0b94f; font: 13px/1.6 var(--font-ui); text-indent: 0; pointer-events: none;
    box-shadow: 0 2px 6px rgba(0,0,0,.15); }
  .number-hint[hidden] { display: none; }
`
