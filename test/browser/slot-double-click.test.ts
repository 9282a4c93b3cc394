// A double click on a slot opens its input wherever on the chip it lands (tryout 6: a double click
// on 86.4亿元 left the caret in the text, with “Cannot read properties of null (reading 'nodeSize')”
// in the console, and her Ctrl+A, Backspace then took the whole speech). ProseMirror hands
// handleDoubleClickOn the position clicked and the node's position apart; a click on the right half
// of a chip is the position after it, where there is no slot (and at a paragraph's end, no node).
import { expect, waitUntil } from '@open-wc/testing'
import { sendMouse } from '@web/test-runner-commands'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { mountApp, openDraftOf } from './helpers'

const SPEECH = [
  '讲话',
  '同志们：',
  '今天召开会议。',
  '一、2025年工作回顾',
  '全年完成城建重点项目投资86.4亿元，同比增长6.6%。',
  '全年新增城镇就业3250人',
  '同志们，谢谢！',
].join('\n')

/** Double-click the slot of `label` at `where` (0: its left edge, 1: its right edge) of its chip. */
async function doubleClickSlot(page: JgEditor, label: string, where: number) {
  const view = page.editor!.editorView!
  const slot = slotsOf(view.state.doc).find((s) => s.attrs.label === label)!
  const dom = view.nodeDOM(slot.pos)
  if (!(dom instanceof HTMLElement)) throw new Error(`no chip for ${label}`)
  dom.scrollIntoView({ block: 'center' })
  await new Promise((r) => requestAnimationFrame(r))
  const box = dom.getBoundingClientRect()
  const position: [number, number] = [
    Math.floor(box.left + 1 + (box.width - 2) * where),
    Math.round(box.top + box.height / 2),
  ]
  await sendMouse({ type: 'click', position })
  await sendMouse({ type: 'click', position })
  return dom
}

describe('a double click on a slot', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  const errors: string[] = []
  const onError = (e: ErrorEvent) => errors.push(e.message)
  beforeEach(async () => {
    errors.length = 0
    window.addEventListener('error', onError)
    env = await mountApp()
  })
  afterEach(async () => {
    window.removeEventListener('error', onError)
    await env.dispose()
  })

  for (const [label, where, name] of [
    ['城建重点项目投资', 0.1, 'on the left of a chip with text after it'],
    ['城建重点项目投资', 0.9, 'on the right of a chip with text after it'],
    ['新增城镇就业', 0.9, 'on the right of a chip that ends its paragraph'],
    ['新增城镇就业', 1, 'on the right edge of a chip that ends its paragraph'],
    ['城建重点项目投资', 1, 'on the right edge of a chip with text after it'],
  ] as const)
    it(`${name} opens its input, with no error`, async () => {
      const { page } = await openDraftOf(env, importText(SPEECH).doc)
      const dom = await doubleClickSlot(page, label, where)
      await waitUntil(() => dom.querySelector('input.slot-input'), `the input of ${label} did not open`, {
        timeout: 2000,
      })
      expect(errors).to.deep.equal([])
    })
})
