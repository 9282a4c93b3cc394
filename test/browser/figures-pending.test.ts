/**
 * A figure typed into a slot is saved to the figures library in the background. Until that save
 * is stored (and while another figure's save is, and while a read of the library begun before it
 * was typed comes back), the checks read the library's index, which has the figure at once: the
 * figure just typed never shows 与数字库不同 against the number it replaces.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { NodeSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { checksOf } from '../../src/app/editor/checks-plugin'
import type { FigureEdit } from '../../src/core/figures/fill'
import { figuresFromRows } from '../../src/core/figures/model'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import type { Store } from '../../src/app/store/db'
import { mountApp, openDraftOf, SPEECH } from './helpers'

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

/** The page's figure saves each wait for the test to let them through, one at a time, in order. */
function gateFigureSaves(store: Store) {
  const real = store.saveFigures.bind(store)
  const waiting: (() => void)[] = []
  store.saveFigures = async (metrics, values) => {
    await new Promise<void>((go) => waiting.push(go))
    return real(metrics, values)
  }
  return {
    get waiting() {
      return waiting.length
    },
    /** Let the oldest waiting save go to IndexedDB. */
    next() {
      waiting.shift()?.()
    },
  }
}

/**
 * The page's next read of the library starts at once (it reads the store as it stands when asked)
 * but hands its result over only when the test says: a read-back still under way.
 */
function holdNextRead(store: Store) {
  const real = store.loadFigures.bind(store)
  const waiting: (() => void)[] = []
  const hold = {
    started: false,
    release() {
      for (const go of waiting.splice(0)) go()
    },
  }
  store.loadFigures = async () => {
    if (hold.started) return real()
    hold.started = true
    const read = real()
    await new Promise<void>((go) => waiting.push(go))
    return read
  }
  return hold
}

/** Each figure the page keeps in the library, as the promise of its keeping (saved and read back). */
function watchKeeps(page: JgEditor): Promise<void>[] {
  const keeps: Promise<void>[] = []
  const keep = page.figures.keep.bind(page.figures)
  page.figures.keep = (edit: FigureEdit) => {
    const kept = keep(edit)
    keeps.push(kept?.stored ?? Promise.resolve())
    return kept
  }
  return keeps
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

  it('keeps a second figure typed while the first is saving: the first’s read-back does not drop it', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const gate = gateFigureSaves(env.app.store!)
    const keeps = watchKeeps(page)
    await typeFigure(page, '城镇新增就业', '3330')
    await typeFigure(page, '城镇登记失业率', '2.7')
    expect(keeps).to.have.length(2)
    expect(gate.waiting).to.equal(2)
    expect(await differsAtPause(page)).to.deep.equal([])
    // The first save is stored; the second is still on its way.
    gate.next()
    await keeps[0]
    expect(await differsAtPause(page), 'a figure typed differs from the library between the two saves').to.deep.equal(
      [],
    )
    expect(
      page.figures.index.value('城镇登记失业率', 2025, 'actual')?.value,
      'the second figure left the index',
    ).to.equal('2.7')
    gate.next()
    await keeps[1]
    const stored = (await env.app.store!.loadFigures()).values.map((v) => `${v.metric}${v.value}`).sort()
    expect(stored).to.deep.equal(['城镇新增就业3330', '城镇登记失业率2.7'])
    expect(await differsAtPause(page)).to.deep.equal([])
  })

  it('keeps a figure typed while the library is read back after another figure’s save', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const gate = gateFigureSaves(env.app.store!)
    const keeps = watchKeeps(page)
    const read = holdNextRead(env.app.store!)
    await typeFigure(page, '城镇新增就业', '3330')
    gate.next()
    // The first figure is stored and the library is being read back: the read has the store as it
    // stood before the second figure was typed.
    await waitUntil(() => read.started, 'the library was not read back after the save')
    await typeFigure(page, '城镇登记失业率', '2.7')
    read.release()
    await keeps[0]
    expect(await differsAtPause(page), 'the figure typed during the read-back differs from the library').to.deep.equal(
      [],
    )
    gate.next()
    await keeps[1]
    const stored = (await env.app.store!.loadFigures()).values.map((v) => `${v.metric}${v.value}`).sort()
    expect(stored).to.deep.equal(['城镇新增就业3330', '城镇登记失业率2.7'])
    expect(await differsAtPause(page)).to.deep.equal([])
  })
})
