/**
 * Hostile paste (issue #13, item 15): HTML with scripts, event handlers, javascript: links,
 * SVG, iframes, styles and MathML, pasted into the editor and into the import box. Nothing
 * runs, nothing of the markup reaches the page, the words stay.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { TextSelection } from 'prosemirror-state'
import { editorPage, library, mountApp, newDraftFrom } from '../browser/helpers'
import { Tally } from './ledger'
import { expectLedger } from './ledger-browser'

const tally = new Tally('恶意输入', '粘贴（浏览器）')
type Pwned = Window & { __pwned?: string }
const pwned = () => (window as Pwned).__pwned

/** HTML as attackers write it; each sets window.__pwned if any of it runs. The words 安全 must survive. */
const PAYLOADS: [string, string][] = [
  ['a script element', `<script>window.__pwned='script'</script><p>安全一</p>`],
  ['an image error handler', `<img src="x:y" onerror="window.__pwned='img'"><p>安全二</p>`],
  ['inline event handlers', `<p onclick="window.__pwned='click'" onmouseover="window.__pwned='over'">安全三</p>`],
  ['a javascript: link', `<p><a href="javascript:window.__pwned='link'">安全四</a></p>`],
  [
    'SVG with script and onload',
    `<svg onload="window.__pwned='svg'"><script>window.__pwned='svgscript'</script></svg><p>安全五</p>`,
  ],
  [
    'iframes',
    `<iframe src="javascript:parent.__pwned='iframe'"></iframe><iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe><p>安全六</p>`,
  ],
  [
    'styles that hide the page or load from outside',
    `<style>body{display:none}</style><p style="background:url(javascript:alert(1))">安全七</p>`,
  ],
  [
    'MathML that mutates into an image',
    `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='math'"></style></mglyph></table></mtext></math><p>安全八</p>`,
  ],
  [
    'a form, an autofocused input, object, embed',
    `<form action="javascript:window.__pwned='form'"><input autofocus onfocus="window.__pwned='focus'"></form><object data="javascript:window.__pwned='obj'"></object><embed src="javascript:window.__pwned='embed'"><p>安全九</p>`,
  ],
  [
    'meta refresh and base',
    `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='meta'"><base href="http://198.51.100.7/"><p>安全十</p>`,
  ],
  [
    'a slot whose attributes break out',
    `<p>新增<span data-slot="" data-label='"><img src=x onerror="window.__pwned=1">' data-unit="人" data-value="3">3人</span>安全十一</p>`,
  ],
  [
    'a slot with a year no speech has (was dropped whole)',
    `<p>新增就业<span data-slot="" data-label="新增就业" data-unit="人" data-year="99999" data-value="3250">3250人</span>安全十二</p>`,
  ],
]

/** Let queued tasks (an image's error event among them) run before judging: wait for one of our own. */
const settle = () =>
  new Promise<void>((resolve) => {
    const img = new Image()
    img.onerror = () => resolve()
    img.src = 'data:image/png;base64,AAAA'
  })

function paste(target: HTMLElement, html: string) {
  const dt = new DataTransfer()
  dt.setData('text/html', html)
  dt.setData('text/plain', 'plain')
  target.focus()
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
}

/** Nothing active anywhere in what the app shows. */
function expectInert(root: ParentNode) {
  for (const el of root.querySelectorAll('*')) {
    expect(
      ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'INPUT', 'META', 'BASE', 'IMG', 'svg', 'math'],
      el.tagName,
    ).not.to.include(el.tagName)
    for (const a of el.attributes) {
      expect(a.name.startsWith('on'), `${el.tagName} ${a.name}`).to.equal(false)
      expect(/javascript:/i.test(a.value), `${el.tagName} ${a.name}=${a.value}`).to.equal(false)
    }
  }
}

describe('hostile paste into the editor', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  before(async () => {
    env = await mountApp()
  })
  after(async () => {
    await env.dispose()
  })

  for (const [name, html] of PAYLOADS) {
    tally.plan()
    it(`${name}: nothing runs, the words stay`, () =>
      tally.trial(`editor: ${name}`, async () => {
        const page = await (env.app.shadowRoot!.querySelector('jg-editor')
          ? editorPage(env.app)
          : newDraftFrom(env.app, 'hrss-annual'))
        const ed = page.editor!
        const view = ed.dom.querySelector<HTMLElement>('.ProseMirror')!
        ed.run((state, dispatch) => {
          let at = 0
          state.doc.descendants((n, p) => {
            if (n.isText && n.text!.includes('三点意见：')) at = p + n.text!.length
          })
          dispatch!(state.tr.setSelection(TextSelection.create(state.doc, at)))
          return true
        })
        const active = () => document.querySelectorAll('style, script, iframe, object, embed, meta, base').length
        const before = active()
        paste(view, html)
        await settle()
        const word = /安全[一二三四五六七八九十]+/.exec(html)?.[0]
        if (word) expect(ed.state.doc.textContent).to.contain(word)
        expect(pwned()).to.equal(undefined)
        expectInert(view)
        expect(active(), 'active elements added to the page').to.equal(before)
      }))
  }
})

describe('hostile paste into the import box', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  before(async () => {
    env = await mountApp()
  })
  after(async () => {
    await env.dispose()
  })

  for (const [name, html] of PAYLOADS.slice(0, 10)) {
    tally.plan()
    it(`${name}: the box gets words only`, () =>
      tally.trial(`import: ${name}`, async () => {
        const lib = await library(env.app)
        lib.shadowRoot!.querySelector<HTMLButtonElement>('button.import')!.click()
        const dialog = lib.shadowRoot!.querySelector('jg-import')!
        await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'import dialog did not open', {
          timeout: 5000,
        })
        const area = dialog.shadowRoot!.querySelector('textarea')!
        area.value = ''
        paste(area, html)
        await settle()
        const word = /安全[一二三四五六七八九十]+/.exec(html)?.[0]
        if (word) expect(area.value).to.contain(word)
        expect(area.value).not.to.match(/<\s*(script|img|svg|iframe|style|math|a)\b/i)
        expect(pwned()).to.equal(undefined)
      }))
  }
})

describe('the figures', () => {
  it('RELIABILITY.md shows what was measured', () => expectLedger(tally))
})
