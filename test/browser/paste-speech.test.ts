// A whole speech pasted over a template's draft (tryout 9, finding 2): Ctrl+A, then Ctrl+V of a
// speech numbered 一、（一）. Its parts become parts, so the figures typed in its tasks are kept
// as the plan year's targets, not as last year's actuals read in the opening.
import { expect, waitUntil } from '@open-wc/testing'
import { TextSelection } from 'prosemirror-state'
import { chord, mountApp, newDraftFrom, pasteInto, showFigures } from './helpers'

const SPEECH = `全县商务工作会议讲话
同志们：
这次会议的主要任务是：总结2026年商务工作，部署2027年重点任务。下面，我讲三点意见：
一、肯定成绩，2026年商务工作取得新成效
（一）消费市场稳步回升
全年实现社会消费品零售总额128.6亿元，增长5.2%。
（二）电子商务加快发展
全年实现网络零售额18.7亿元，新培育电商企业42家。
二、突出重点，全力推进2027年商务工作
（一）全力促进消费扩容提质
组织开展促消费活动30场以上，新增限上商贸企业25家。
（二）全力推动外贸稳规模优结构
新增外贸实绩企业15家。
三、强化保障，确保各项任务落到实处
一要加强组织领导。二要强化责任落实。
同志们，新的一年，任务艰巨，责任重大。让我们凝心聚力、真抓实干！
`

const paste = pasteInto

describe('a whole speech pasted over a draft', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('becomes parts and sections, and its tasks’ figures are stored as the plan year’s targets', async () => {
    const page = await newDraftFrom(env.app, 'generic-annual')
    const view = page.editor!.editorView!
    view.focus()
    await chord('Control', 'a')
    paste(page, SPEECH.replace(/\n/g, '\r\n'))
    const doc = view.state.doc
    const parts: string[] = []
    doc.forEach((node) => {
      if (node.type.name === 'part') parts.push(`${node.attrs.kind}:${node.firstChild!.textContent}:${node.childCount}`)
    })
    expect(parts).to.deep.equal([
      'review:肯定成绩，2026年商务工作取得新成效:3',
      'tasks:突出重点，全力推进2027年商务工作:3',
      'requirements:强化保障，确保各项任务落到实处:2',
    ])
    expect(doc.firstChild!.textContent).to.equal('全县商务工作会议讲话')
    expect(doc.attrs.templateId).to.equal('generic-annual')
    expect(doc.textContent).to.contain('让我们凝心聚力、真抓实干！')

    const panel = await showFigures(page)
    await waitUntil(() => panel.shadowRoot!.querySelector('.typed-as'), 'the typed figures are not named')
    const storeAs = panel.shadowRoot!.querySelector('.typed-as')!.textContent!
    expect(storeAs).to.contain('2026年实际 4 个').and.to.contain('2027年目标 3 个')
    expect(panel.shadowRoot!.querySelector('.typed-no-parts')).to.equal(null)
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button.slot-typed')!.click()
    const stored = async () => {
      const { metrics, values } = await env.app.store!.loadFigures()
      const label = (key: string) => metrics.find((m) => m.key === key)?.label
      return values.map((v) => `${label(v.metric)} ${v.year}${v.kind} ${v.value}${v.unit}`).sort()
    }
    await waitUntil(async () => (await stored()).length === 7, 'not stored')
    expect(await stored()).to.include.members([
      '新增限上商贸企业 2027target 25家',
      '新增外贸实绩企业 2027target 15家',
      '社会消费品零售总额 2026actual 128.6亿元',
    ])
  })

  it('copied from Word (HTML paragraphs) is read the same way, and one Ctrl+Z brings the draft back', async () => {
    const page = await newDraftFrom(env.app, 'generic-annual')
    const view = page.editor!.editorView!
    const before = view.state.doc
    view.focus()
    await chord('Control', 'a')
    const html = SPEECH.trim()
      .split('\n')
      .map((line) => `<p class="MsoNormal"><span lang="ZH-CN">${line}</span></p>`)
      .join('')
    paste(page, SPEECH, `<html><body>${html}</body></html>`)
    const kinds: string[] = []
    view.state.doc.forEach((node) => {
      if (node.type.name === 'part') kinds.push(node.attrs.kind)
    })
    expect(kinds).to.deep.equal(['review', 'tasks', 'requirements'])
    await chord('Control', 'z')
    await waitUntil(() => view.state.doc.eq(before), 'Ctrl+Z did not bring the template back')
  })

  it('pasted into one paragraph stays paragraphs there, and the page says how to have it as parts', async () => {
    const page = await newDraftFrom(env.app, 'generic-annual')
    const view = page.editor!.editorView!
    let opening = -1
    view.state.doc.forEach((node, pos) => {
      if (node.type.name === 'opening') opening = pos
    })
    view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(opening + 2))))
    view.focus()
    paste(page, SPEECH)
    await page.updateComplete
    expect(view.state.doc.textContent).to.contain('新增外贸实绩企业15家')
    expect(page.shadowRoot!.querySelector('.notice')!.textContent).to.contain('再按 Ctrl+A 全选后粘贴')
  })

  it('left in the opening (a paste into one paragraph), its figures are shown as last year’s actuals, with a warning', async () => {
    const page = await newDraftFrom(env.app, 'generic-annual')
    const view = page.editor!.editorView!
    // Its parts removed, the caret in the opening's one empty paragraph: an ordinary paste.
    const { doc, schema } = view.state
    const title = doc.firstChild!
    const tr = view.state.tr.replaceWith(0, doc.content.size, [
      title,
      schema.nodes.opening.create(null, schema.nodes.paragraph.create()),
    ])
    view.dispatch(tr.setSelection(TextSelection.create(tr.doc, title.nodeSize + 2)))
    view.focus()
    paste(page, '全年实现网络零售额18.7亿元。\n组织开展促消费活动30场以上。')
    const panel = await showFigures(page)
    await waitUntil(() => panel.shadowRoot!.querySelector('.typed-as'), 'the typed figures are not named')
    expect(panel.shadowRoot!.querySelector('.typed-no-parts')).not.to.equal(null)
    expect(panel.shadowRoot!.querySelector('.typed-as')!.textContent).to.match(/\d{4}年实际 2 个/)
  })
})
