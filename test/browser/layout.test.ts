/**
 * The drafting page on office screens: at 1093 × 614 (a 1366 × 768 laptop at 125 %), 1280 × 720,
 * 1440 × 900 and 1920 × 1080 every line of the speech lies inside its page, nothing scrolls
 * sideways, the outline is a drawer below 1400 px, and the figures panel shows whole labels and
 * its 合并到 column. Screenshots of each go to a temporary folder (the path is logged) to look at.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { executeServerCommand, setViewport } from '@web/test-runner-commands'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgFigures } from '../../src/app/components/jg-figures'
import { editorPage, mountApp } from './helpers'
import { importText } from '../../src/core/import'
import { newDraft } from '../../src/app/drafts'
import { normalizeLabel } from '../../src/core/figures/model'

const SIZES = [
  { width: 1093, height: 614 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]

const shot = (name: string) => executeServerCommand<string, { name: string }>('screenshot', { name })

async function open(env: Awaited<ReturnType<typeof mountApp>>) {
  const doc = importText(await (await fetch('/test/fixtures/seed-hrss-2022.txt')).text()).doc
  // Figures kept for two metrics, so the panel offers 合并到.
  const metrics = ['城镇新增就业', '新增转移农村劳动力'].map((label) => ({
    key: normalizeLabel(label),
    label,
    unit: '人',
    aliases: [],
  }))
  const year = doc.attrs.reviewYear as number
  await env.app.store!.saveFigures(metrics, [
    { metric: metrics[0].key, year, kind: 'actual', value: '32500', unit: '人', changedAt: 1 },
    { metric: metrics[1].key, year, kind: 'actual', value: '12860', unit: '人', changedAt: 1 },
  ])
  const record = newDraft(doc, 'test')
  await env.app.store!.saveDraft(record)
  location.hash = `#/draft/${record.id}`
  return editorPage(env.app)
}

const root = (page: JgEditor) => page.shadowRoot!
const $ = <T extends Element = HTMLElement>(page: JgEditor, selector: string) => root(page).querySelector<T>(selector)!

/** Elements that scroll sideways: scrollers whose content is wider than their box. */
function sideways(elements: Element[]): string[] {
  return elements
    .filter((el) => el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX))
    .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth} > ${el.clientWidth}`)
}

/** Every element in a tree, through shadow roots. */
function allElements(from: Element | ShadowRoot): Element[] {
  const out: Element[] = []
  for (const el of from.querySelectorAll('*')) {
    out.push(el)
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot))
  }
  return out
}

/** Lines of the speech that stick out of the page's text area (laid out in full for the measure). */
function linesOutside(page: JgEditor): string[] {
  const sheet = $(page, '.page')
  const box = sheet.getBoundingClientRect()
  const style = getComputedStyle(sheet)
  const left = box.left + Number.parseFloat(style.paddingLeft) - 1
  const right = box.right - Number.parseFloat(style.paddingRight) + 1
  const out: string[] = []
  for (const block of root(page).querySelectorAll(
    '.ProseMirror h1, .ProseMirror h2, .ProseMirror h3, .ProseMirror p',
  )) {
    const range = document.createRange()
    range.selectNodeContents(block)
    for (const r of range.getClientRects())
      if (r.width > 0 && (r.left < left || r.right > right))
        out.push(
          `${block.textContent!.slice(0, 20)}: ${Math.round(r.left)}–${Math.round(r.right)} not in ${Math.round(left)}–${Math.round(right)}`,
        )
  }
  return out
}

describe('the drafting page on office screens', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  before(() => {
    document.body.style.margin = '0'
  })
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
    await setViewport({ width: 800, height: 600 })
  })

  for (const size of SIZES) {
    const name = `${size.width}x${size.height}`
    it(`${name}: every line inside the page, nothing sideways, panels readable`, async () => {
      await setViewport(size)
      const page = await open(env)
      // Blocks off screen are not laid out until near (content-visibility): lay them all out to measure.
      const all = document.createElement('style')
      all.textContent = '.ProseMirror * { content-visibility: visible !important; }'
      root(page).append(all)
      await page.updateComplete
      expect(linesOutside(page), 'lines outside the page').to.deep.equal([])
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth)
      expect(
        sideways([$(page, 'main'), $(page, '.ProseMirror'), $(page, 'header'), ...allElements(root(page))]),
      ).to.deep.equal([])
      all.remove()
      console.log(`screenshot: ${await shot(`editor-${name}`)}`)

      // The outline: docked from 1400 px, a drawer below that.
      const outline = $(page, 'aside.outline')
      if (size.width < 1400) {
        expect(getComputedStyle(outline).display).to.equal('none')
        $(page, 'button.toggle-outline').click()
        await page.updateComplete
        expect(getComputedStyle(outline).display).to.equal('block')
        expect(outline.getBoundingClientRect().right).to.be.at.most(innerWidth)
        console.log(`screenshot: ${await shot(`outline-drawer-${name}`)}`)
        $(page, 'button.toggle-outline').click()
        await page.updateComplete
      } else {
        expect(getComputedStyle($(page, 'button.toggle-outline')).display).to.equal('none')
        expect(outline.getBoundingClientRect().width).to.be.greaterThan(200)
      }

      // The figures: a whole label on one or two lines, 合并到 in view, nothing sideways.
      $(page, 'button.tab-figures').click()
      await page.updateComplete
      const panel = $<JgFigures>(page, 'jg-figures')
      await waitUntil(() => panel.shadowRoot!.querySelector('select.merge'), 'no 合并到 offered')
      console.log(`screenshot: ${await shot(`figures-${name}`)}`)
      const panelBox = panel.getBoundingClientRect()
      for (const row of panel.shadowRoot!.querySelectorAll('tbody tr')) {
        const label = row.querySelector('td')!
        const lineHeight = Number.parseFloat(getComputedStyle(label).lineHeight)
        const range = document.createRange()
        range.selectNodeContents(label.firstChild!)
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
        expect(lines, `${label.textContent} on ${lines} lines`).to.be.at.most(2)
        expect(label.getBoundingClientRect().height).to.be.below(lineHeight * 4)
      }
      for (const select of panel.shadowRoot!.querySelectorAll('select.merge')) {
        const box = select.getBoundingClientRect()
        expect(box.width).to.be.greaterThan(30)
        expect(box.right).to.be.at.most(panelBox.right + 1)
      }
      expect(sideways([panel, ...allElements(panel.shadowRoot!)])).to.deep.equal([])

      // The preview fits its panel, and enlarged fills the page.
      $(page, 'button.tab-preview').click()
      await page.updateComplete
      const preview = $(page, 'jg-preview')
      await waitUntil(() => preview.shadowRoot!.querySelector('.page'), 'no preview')
      expect(sideways([preview, ...allElements(preview.shadowRoot!)])).to.deep.equal([])
      console.log(`screenshot: ${await shot(`preview-${name}`)}`)
      preview.shadowRoot!.querySelector<HTMLButtonElement>('button.wide')!.click()
      await page.updateComplete
      expect(preview.getBoundingClientRect().width).to.be.at.least(innerWidth - 2)
      expect(sideways([preview, ...allElements(preview.shadowRoot!)])).to.deep.equal([])
      console.log(`screenshot: ${await shot(`preview-wide-${name}`)}`)
    })
  }
})
