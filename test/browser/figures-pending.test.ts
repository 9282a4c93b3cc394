/**
 * A figure typed into a slot is saved to the figures library in the background. Until that save
 * is stored, the checks read the library's index, which has
 * the figure at once: the figure just typed never shows 与数字库不同 against the number it replaces.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { NodeSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { checksOf } from '../../src/app/editor/checks-plugin'
import { figuresFromRows } from '../../src/core/figures/model'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { mountApp, openDraftOf } from './helpers'

const SPEECH = `全县人社工作会议讲话
同志们：
今天召开会议，总结2025年工作，部署2026年任务。
一、2025年工作回顾
全年城镇新增就业3250人，城镇登记失业率控制在2.8%。
二、2026年工作任务
确保全年城镇新增就业3300人。
三、工作要求
一要严。
同志们，谢谢！`

/** The library as it stood before the secretary typed: 3320 jobs (the draft still says 3250), 2.8%. */
const LIBRARY = figuresFromRows([
  { label: '城镇新增就业', year: 2025, kind: 'actual', value: '3320', unit: '人' },
  { label: '城镇登记失业率', year: 2025, kind: 'actual', value: '2.8', unit: '%' },
])

/** Select the review's slot of `label` and type `figure` into it, entered with Enter, as a secretary does. */
async function typeFigure(page: JgEditor, label: string, figure: string) {
  const view = page.editor!.editorView!
  const slot = slotsOf(view.state.doc).find((s) => s.attrs.label === label && s.attrs.kind === 'actual')!
  view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, slot.pos)))
  view.focus()
  await sendKeys({ type: figure })
  await sendKeys({ press: 'Enter' })
  expect(slotsOf(view.state.doc).find((s) => s.pos === slot.pos)?.attrs.value).to.equal(figure)
}

/** The 与数字库不同 findings once the checks have caught up at the typist's pause (the document rules run there). */
async function differsAtPause(page: JgEditor): Promise<string[]> {
  await page.updateComplete
  await waitUntil(() => checksOf(page.editor!.state).owed === 'nothing', 'the checks did not catch up at the pause')
  return page.editor!.checks.findings.filter((f) => f.rule === 'differs-from-store').map((f) => f.message)
}

/**
 * A read-write transaction on the figures stores, opened on a connection of its own and kept busy
 * with one read after another: every write the page makes to the library waits in IndexedDB
 * (as behind a slow disk) until `release`.
 */
async function holdFigureWrites(dbName: string) {
  const db = await new Promise<IDBDatabase>((opened, failed) => {
    const req = indexedDB.open(dbName)
    req.onsuccess = () => opened(req.result)
    req.onerror = () => failed(req.error)
  })
  const tx = db.transaction(['metrics', 'values'], 'readwrite')
  const values = tx.objectStore('values')
  let held = true
  const busy = () => {
    if (held) values.count().onsuccess = busy
  }
  busy()
  const done = new Promise<void>((complete, failed) => {
    tx.oncomplete = () => complete()
    tx.onabort = () => failed(tx.error)
  })
  return {
    async release() {
      held = false
      await done
      db.close()
    },
  }
}

describe('a typed figure while its save to the library is pending', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
    await env.app.store!.saveFigures(LIBRARY.metrics, LIBRARY.values)
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('is the library’s figure for the checks at once: no 与数字库不同 while IndexedDB still holds the write', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    expect(await differsAtPause(page)).to.have.length(1)
    const hold = await holdFigureWrites(env.dbName)
    try {
      await typeFigure(page, '城镇新增就业', '3330')
      // The write cannot have landed: the transaction above still holds the figures stores.
      expect(await differsAtPause(page), 'the figure just typed differs from the library').to.deep.equal([])
    } finally {
      await hold.release()
    }
    await waitUntil(
      async () => (await env.app.store!.loadFigures()).values.some((v) => v.value === '3330'),
      'the typed figure never reached the library',
    )
    await page.updateComplete
    expect(await differsAtPause(page)).to.deep.equal([])
  })
})
