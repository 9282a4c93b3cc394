/**
 * A number typed into one slot of a figure does not overwrite another statement of it that held
 * a number the typed slot did not (core `typedOverOther`; tryout 7: 94 typed into the 2028
 * speech's empty target slot silently replaced 力争到2028年…95%). Through the real editor and
 * library: the other statement is left, 检查 says the two differ, and the library keeps its number.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { NodeSelection } from 'prosemirror-state'
import type { JgChecks } from '../../src/app/components/jg-checks'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { figuresFromRows } from '../../src/core/figures/model'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { checked, mountApp, openDraftOf } from './helpers'

/** The 2028 target said twice: the year's paragraph masked (**%, an empty slot), 力争到2028年…95% kept. */
const SPEECH = `全县水利工作会议讲话
同志们：
今天召开会议，总结2027年工作，部署2028年任务。
一、2027年工作回顾
全年完成水利投资3.2亿元，全县农村自来水普及率达到93.5%。
二、2028年工作任务
2028年，全县农村自来水普及率达到**%。
要加快管网延伸，力争到2028年全县农村自来水普及率达到95%。
三、工作要求
一要严。
同志们，谢谢！`

const LABEL = '农村自来水普及率'

/** The library's number for `label`'s `kind` of `year` (undefined: none). */
async function stored(env: Awaited<ReturnType<typeof mountApp>>, label: string, year: number, kind: string) {
  const { metrics, values } = await env.app.store!.loadFigures()
  const key = metrics.find((m) => m.label === label)?.key
  return values.find((v) => v.metric === key && v.year === year && v.kind === kind)?.value
}

const targets = (page: JgEditor) =>
  slotsOf(page.editor!.state.doc).filter((s) => s.attrs.label === LABEL && s.attrs.kind === 'target')

/** Select the slot at `pos` as the cursor does, type `figure` over it and enter it. */
async function typeAt(page: JgEditor, pos: number, figure: string) {
  const view = page.editor!.editorView!
  view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, pos)))
  view.focus()
  await sendKeys({ type: figure })
  await sendKeys({ press: 'Enter' })
}

/** The 检查 panel's findings, as their text. */
async function panelFindings(page: JgEditor) {
  const checks = page.shadowRoot!.querySelector<JgChecks>('jg-checks')!
  await checks.updateComplete
  return [...checks.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ''))
}

describe('a number typed into one statement of a figure another statement gives otherwise', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
    // The department's plan, imported before: the 2028 target of 95%.
    const plan = figuresFromRows([{ label: LABEL, year: 2028, kind: 'target', value: '95', unit: '%', source: 'csv' }])
    await env.app.store!.saveFigures(plan.metrics, plan.values)
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('leaves the other statement, is said as 前后不一致 in 检查, and is not kept in the library', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    expect(
      targets(page).map((s) => s.attrs.value),
      'one empty statement, one of 95%',
    ).to.deep.equal([null, '95'])

    await typeAt(page, targets(page)[0].pos, '94')
    expect(
      targets(page).map((s) => s.attrs.value),
      'the kept statement is unchanged',
    ).to.deep.equal(['94', '95'])

    await checked(page)
    const findings = await panelFindings(page)
    expect(
      findings.some((t) => t.includes('前后不一致') && t.includes('94%') && t.includes('95%')),
      JSON.stringify(findings),
    ).to.equal(true)

    // A figure typed after it is written after any write of it (IndexedDB runs them in order).
    const water = slotsOf(page.editor!.state.doc).find((s) => s.attrs.label === '水利投资')!
    await typeAt(page, water.pos, '3.4')
    await waitUntil(
      async () => (await stored(env, '水利投资', 2027, 'actual')) === '3.4',
      'the later figure was not stored',
    )
    expect(await stored(env, LABEL, 2028, 'target'), 'the library keeps the plan’s number').to.equal('95')
    expect(page.figures.index.value(LABEL, 2028, 'target')?.value).to.equal('95')
  })
})
