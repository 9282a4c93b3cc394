import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgChecks } from '../../src/app/components/jg-checks'
import { checked, editorPage, imeType, library, mountApp } from './helpers'
import { importText } from '../../src/core/import'
import { newDraft } from '../../src/app/drafts'

const SPEECH = `标题
同志们：
今天召开会议，总结2025年工作，部署2026年任务。下面，我讲三点意见：
一、2025年工作回顾
全年实现城镇新增就业3250人, 成效明显。
二、2026年工作任务
确保全年新增城镇就业3300人。
三、工作要求
一要加强领导。二要压实责任。三要改进作风。
同志们，让我们再创佳绩！
`

async function openSpeech(
  env: Awaited<ReturnType<typeof mountApp>>,
  text = SPEECH,
  templateId: string | null = null,
): Promise<JgEditor> {
  const imported = importText(text).doc
  // A draft made from a template keeps its id (the checks ask for the parts the template lists).
  const doc = templateId === null ? imported : imported.type.create({ ...imported.attrs, templateId }, imported.content)
  const record = newDraft(doc, 'test')
  await env.app.store!.saveDraft(record)
  location.hash = `#/draft/${record.id}`
  return editorPage(env.app)
}

const panel = (page: JgEditor) => page.shadowRoot!.querySelector<JgChecks>('jg-checks')!
const items = (page: JgEditor) => [...panel(page).shadowRoot!.querySelectorAll('li')]
const rules = (page: JgEditor) => items(page).map((li) => li.dataset.rule)

describe('checks in the editor', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('opens the speech before checking it: the panel says so, and fills in at the first pause', async () => {
    const lib = await library(env.app)
    lib.shadowRoot!.querySelector<HTMLButtonElement>('li[data-template="hrss-annual"] button.new')!.click()
    const page = await editorPage(env.app, { checked: false })
    expect(page.editor!.checksPending).to.equal(true)
    await panel(page).updateComplete
    expect(panel(page).shadowRoot!.textContent).to.contain('正在检查…')
    expect(page.shadowRoot!.querySelector('.tab-checks')!.textContent).to.equal('检查（…）')
    await checked(page)
    await panel(page).updateComplete
    expect(panel(page).shadowRoot!.textContent).not.to.contain('正在检查…')
    expect(page.shadowRoot!.querySelector('.tab-checks')!.textContent).to.match(/^检查（\d+）$/)
  })

  it('lists findings, marks them in the text, and choosing one selects its words', async () => {
    const page = await openSpeech(env)
    await panel(page).updateComplete
    expect(rules(page)).to.deep.equal(['halfwidth-punct'])
    const mark = page.shadowRoot!.querySelector('.ProseMirror .check-warning')!
    expect(mark.textContent).to.equal(', ')
    items(page)[0].querySelector<HTMLButtonElement>('button.go')!.click()
    const sel = page.editor!.state.selection
    expect(page.editor!.state.doc.textBetween(sel.from, sel.to)).to.equal(', ')
    expect(page.editor!.editorView!.hasFocus()).to.equal(true)
  })

  it('re-checks as the user types: fixing the comma clears the finding, a new mistake appears', async () => {
    const page = await openSpeech(env)
    items(page)[0].querySelector<HTMLButtonElement>('button.go')!.click()
    await sendKeys({ type: '，' })
    await page.updateComplete
    await panel(page).updateComplete
    expect(rules(page)).to.deep.equal([])
    expect(panel(page).shadowRoot!.querySelector('.none')!.textContent).to.contain('没有发现问题')
    await sendKeys({ type: '，，' })
    await page.updateComplete
    await panel(page).updateComplete
    expect(rules(page)).to.deep.equal(['doubled-punct'])
  })

  it('checks text typed through the IME once the composition is over', async () => {
    const page = await openSpeech(env)
    items(page)[0].querySelector<HTMLButtonElement>('button.go')!.click()
    await sendKeys({ type: '，' })
    await page.updateComplete
    expect(rules(page)).to.deep.equal([])
    await imeType(['j', 'ji', 'jin', 'jinnian'], '今年')
    await page.updateComplete
    await panel(page).updateComplete
    expect(page.editor!.state.doc.textContent).to.contain('城镇新增就业，今年成效明显')
    expect(rules(page)).to.deep.equal(['relative-time'])
  })

  it('ignores one finding and switches a rule off for this speech, remembered after a reload', async () => {
    const text = SPEECH.replace('成效明显。', '成效明显.今年以来, 成效更好。')
    const page = await openSpeech(env, text)
    await panel(page).updateComplete
    expect(rules(page)).to.deep.equal(['halfwidth-punct', 'halfwidth-punct', 'relative-time', 'halfwidth-punct'])
    items(page)[2].querySelector<HTMLButtonElement>('button.ignore')!.click()
    await waitUntil(() => rules(page).length === 3, 'not ignored')
    items(page)[0].querySelector<HTMLButtonElement>('button.disable')!.click()
    await waitUntil(() => rules(page).length === 0, 'rule not switched off')
    expect(panel(page).shadowRoot!.querySelector('.hidden')!.textContent).to.contain('已忽略 1 处')
    const again = await editorPage((await env.reload()).app)
    await panel(again).updateComplete
    expect(rules(again)).to.deep.equal([])
    panel(again).shadowRoot!.querySelector<HTMLButtonElement>('button.restore')!.click()
    await waitUntil(() => rules(again).length === 4, 'not restored')
  })

  it("the user's list of time-bound phrases and sentence limit change what is flagged, and are kept", async () => {
    // A phrase said of no year is flagged to confirm (one said of the speech's own year is right).
    const page = await openSpeech(env, SPEECH.replace('确保全年', '以优异成绩迎接示范之年。确保全年'))
    const phrases = page.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea.phrases')!
    phrases.value = '示范之年'
    phrases.dispatchEvent(new Event('change'))
    await waitUntil(() => rules(page).includes('time-bound'), 'phrase not flagged')
    expect((await env.app.store!.getSettings()).timeBoundPhrases).to.deep.equal(['示范之年'])
    const max = page.shadowRoot!.querySelector<HTMLInputElement>('input.max-sentence')!
    max.value = '20'
    max.dispatchEvent(new Event('change'))
    await waitUntil(() => rules(page).includes('long-sentence'), 'long sentence not flagged')
  })
})

describe('correcting the structure the importer guessed', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it("a part's kind set in the outline changes what the checks require; years set there reach the slots", async () => {
    // from a template: an imported speech is not told it lacks requirements (schema IMPORTED_MAY_LACK)
    const page = await openSpeech(
      env,
      SPEECH.replace('三、工作要求', '三、几点想法')
        .replace('一要加强领导。二要压实责任。三要改进作风。', '领导带头。压实责任。')
        .replace('2025年工作回顾', '工作回顾')
        .replace('2026年工作任务', '工作任务')
        .replace('总结2025年工作，部署2026年任务。', ''),
      'hrss',
    )
    const outline = page.shadowRoot!.querySelector('jg-outline')!
    await outline.updateComplete
    expect(rules(page)).to.include('required-parts')
    const selects = [...outline.shadowRoot!.querySelectorAll<HTMLSelectElement>('select.kind')]
    expect(selects.map((s) => s.value)).to.deep.equal(['review', 'tasks', 'other'])
    selects[2].value = 'requirements'
    selects[2].dispatchEvent(new Event('change'))
    await page.updateComplete
    await panel(page).updateComplete
    expect(rules(page)).not.to.include('required-parts')
    // years: none were found; set them, and the figures know their year
    expect(page.editor!.state.doc.attrs.reviewYear).to.equal(null)
    const review = outline.shadowRoot!.querySelector<HTMLInputElement>('input.review-year')!
    const plan = outline.shadowRoot!.querySelector<HTMLInputElement>('input.plan-year')!
    review.value = '2025'
    plan.value = '2026'
    plan.dispatchEvent(new Event('change', { bubbles: true }))
    expect([page.editor!.state.doc.attrs.reviewYear, page.editor!.state.doc.attrs.planYear]).to.deep.equal([2025, 2026])
    page.editor!.undo()
    expect(page.editor!.state.doc.attrs.reviewYear).to.equal(null)
    // a year the speech cannot have is refused with a message, not ignored
    review.value = '25'
    plan.value = '2026'
    plan.dispatchEvent(new Event('change', { bubbles: true }))
    await page.updateComplete
    expect(page.editor!.state.doc.attrs.reviewYear).to.equal(null)
    expect(page.shadowRoot!.querySelector('.notice')!.textContent).to.contain('1900 到 2200')
  })
})
