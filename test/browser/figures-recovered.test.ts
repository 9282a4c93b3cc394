/**
 * A figure typed on a page that went away before its write to the figures library landed is
 * recovered from the write-ahead copy on the next open (real IndexedDB and localStorage), and
 * written to the library only where the library still holds what it held when the figure was
 * typed: a number a CSV import or another tab stored since is never overwritten, and she is told.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { NodeSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { Store } from '../../src/app/store/db'
import { walKey, type WalRecord } from '../../src/app/session/wal'
import { figuresFromRows } from '../../src/core/figures/model'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { editorPage, mountApp, openDraftOf, SPEECH } from './helpers'
import { goneWithoutBlur } from './slot-box-helpers'

/** When the department's CSV was first imported, long before any page here was opened. */
const FIRST_IMPORT = Date.UTC(2026, 0, 10)

/** The department's CSV row for 城镇新增就业, imported now (or `at`). */
const figures = (value: string, at = Date.now()) =>
  figuresFromRows([{ label: '城镇新增就业', year: 2025, kind: 'actual', value, unit: '人', source: 'csv' }], at)

type Env = Awaited<ReturnType<typeof mountApp>>

const notice = (page: JgEditor) => page.shadowRoot!.querySelector('.notice')?.textContent ?? ''
const slotOf = (page: JgEditor) =>
  slotsOf(page.editor!.state.doc).find((s) => s.attrs.label === '城镇新增就业' && s.attrs.kind === 'actual')!

/** The library's 2025 actual 城镇新增就业 (undefined: none). */
async function storedFigure(store: Store): Promise<string | undefined> {
  const { metrics, values } = await store.loadFigures()
  const key = metrics.find((m) => m.label === '城镇新增就业')?.key
  return values.find((v) => v.metric === key && v.year === 2025 && v.kind === 'actual')?.value
}

describe('a figure recovered from the write-ahead copy', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
    const { metrics, values } = figures('3250', FIRST_IMPORT)
    await env.app.store!.saveFigures(metrics, values)
  })
  afterEach(async () => {
    await env.dispose()
  })

  /** Type `figure` over the review's slot and enter it. */
  async function typeFigure(page: JgEditor, figure: string) {
    const view = page.editor!.editorView!
    view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, slotOf(page).pos)))
    view.focus()
    await sendKeys({ type: figure })
    await sendKeys({ press: 'Enter' })
    expect(slotOf(page).attrs.value).to.equal(figure)
  }

  /**
   * Type `figure` (3330) over the review's 3250 on a page that is dying: neither the draft's save
   * nor the library's write lands. `stored` figures are typed before, while the library's writes
   * still land. Returns the draft's id, its write-ahead copy, and the library's real write.
   */
  async function typedAsThePageDies(figure = '3330', stored: string[] = []) {
    const store = env.app.store!
    const { page, record } = await openDraftOf(env, importText(SPEECH).doc)
    const saveFigures = store.saveFigures.bind(store)
    for (const earlier of stored) {
      await typeFigure(page, earlier)
      await waitUntil(async () => (await storedFigure(store)) === earlier, `${earlier} was not stored`)
    }
    store.writeDraft = () => Promise.reject(new DOMException('The transaction was aborted.', 'AbortError'))
    store.saveFigures = () => new Promise(() => {})
    await typeFigure(page, figure)
    const copy = localStorage.getItem(walKey(env.dbName, record.id))!
    return { id: record.id, copy, saveFigures }
  }

  /** The page is gone as when the browser is killed, with `copy` on disk; returns the page opened again. */
  async function reopened(id: string, copy: string): Promise<JgEditor> {
    const blurs = goneWithoutBlur()
    localStorage.setItem(walKey(env.dbName, id), copy)
    env = await env.reload()
    blurs()
    const again = await editorPage(env.app)
    await again.opened
    return again
  }

  it('logs what the library held when the figure was typed, and writes the figure where it still holds that', async () => {
    const { id, copy } = await typedAsThePageDies()
    const wal: WalRecord = JSON.parse(copy)
    const logged = wal.entries.flatMap((e) => ('figures' in e ? (e.figures ?? []) : []))
    // The very write typed over (its change time tells it from the same number stored again), and the one typed.
    expect(logged.map((f) => [f.value, f.prior, f.wrote?.value])).to.deep.equal([
      ['3330', { value: '3250', unit: '人', changedAt: FIRST_IMPORT }, '3330'],
    ])
    expect(logged[0].wrote?.changedAt).to.be.a('number').and.to.be.above(FIRST_IMPORT)
    const again = await reopened(id, copy)
    expect(slotOf(again).attrs.value).to.equal('3330')
    await waitUntil(
      async () => (await storedFigure(env.app.store!)) === '3330',
      'the recovered figure never reached the library',
    )
    expect(notice(again)).not.to.contain('没有存入数字库')
  })

  it('leaves a number the library got since (a CSV import, another tab) and says so in Chinese', async () => {
    const { id, copy, saveFigures } = await typedAsThePageDies()
    const csv = figures('3340')
    await saveFigures(csv.metrics, csv.values)
    const again = await reopened(id, copy)
    expect(slotOf(again).attrs.value, 'the speech keeps what she typed').to.equal('3330')
    await waitUntil(() => notice(again).includes('没有存入数字库'), 'nothing said of the figure left out')
    expect(notice(again)).to.contain('城镇新增就业').and.to.contain('3330人').and.to.contain('已改为 3340人')
    expect(notice(again)).to.contain('讲稿里仍是您输入的 3330人')
    expect(await storedFigure(env.app.store!)).to.equal('3340')
  })

  it('leaves the number typed over when a CSV imported since stored it again, and says so in Chinese', async () => {
    const { id, copy, saveFigures } = await typedAsThePageDies()
    const csv = figures('3250')
    await saveFigures(csv.metrics, csv.values)
    const again = await reopened(id, copy)
    expect(slotOf(again).attrs.value, 'the speech keeps what she typed').to.equal('3330')
    await waitUntil(() => notice(again).includes('没有存入数字库'), 'nothing said of the figure left out')
    expect(notice(again)).to.contain(
      '恢复的“城镇新增就业”2025年实际数 3330人 没有存入数字库：输入之后数字库里的这个数又存过一次（仍是 3250人，导入或另一个标签页存的），比您输入的新，没有覆盖。',
    )
    expect(await storedFigure(env.app.store!)).to.equal('3250')
  })

  it('leaves a figure the page wrote before its last, stored again since by a CSV', async () => {
    const { id, copy, saveFigures } = await typedAsThePageDies('3400', ['3330'])
    // Imported after the page stored its 3330.
    const typedAt = Math.max(...(await env.app.store!.loadFigures()).values.map((v) => v.changedAt))
    const csv = figures('3330', Math.max(Date.now(), typedAt + 1))
    await saveFigures(csv.metrics, csv.values)
    const again = await reopened(id, copy)
    expect(slotOf(again).attrs.value).to.equal('3400')
    await waitUntil(() => notice(again).includes('没有存入数字库'), 'nothing said of the figure left out')
    expect(notice(again)).to.contain('又存过一次（仍是 3330人')
    expect(await storedFigure(env.app.store!)).to.equal('3330')
  })

  it('writes the last figure over one the page itself wrote before, nothing written since', async () => {
    const { id, copy } = await typedAsThePageDies('3400', ['3330'])
    const again = await reopened(id, copy)
    expect(slotOf(again).attrs.value).to.equal('3400')
    await waitUntil(
      async () => (await storedFigure(env.app.store!)) === '3400',
      'the recovered figure never reached the library',
    )
    expect(notice(again)).not.to.contain('没有存入数字库')
  })

  /** The write-ahead copy as a version before figures carried their prior's change time wrote it. */
  function withoutChangeTimes(copy: string): string {
    const wal: WalRecord = JSON.parse(copy)
    for (const e of wal.entries)
      if ('figures' in e)
        for (const f of e.figures ?? []) {
          delete f.prior?.changedAt
          delete f.wrote
        }
    return JSON.stringify(wal)
  }

  it('from a log written before figures carried change times: left where the library holds a number, and said', async () => {
    const { id, copy } = await typedAsThePageDies()
    const again = await reopened(id, withoutChangeTimes(copy))
    // The library holds 3250: the one typed over, or the same number stored again; the log cannot say which.
    await waitUntil(() => notice(again).includes('没有存入数字库'), 'nothing said of the figure left out')
    expect(notice(again)).to.contain('数字库里这个数是 3250人').and.to.contain('分不清哪个较新')
    expect(await storedFigure(env.app.store!)).to.equal('3250')
  })

  /** The write-ahead copy as a version before figures carried their prior wrote it. */
  function withoutPriors(copy: string): string {
    const wal: WalRecord = JSON.parse(copy)
    for (const e of wal.entries)
      if ('figures' in e)
        for (const f of e.figures ?? []) {
          delete f.prior
          delete f.wrote
        }
    return JSON.stringify(wal)
  }

  it('from a log written before figures carried their prior: left where the library holds a number, and said', async () => {
    const { id, copy } = await typedAsThePageDies()
    const again = await reopened(id, withoutPriors(copy))
    // The library holds 3250: the one typed over, or a newer one; the log cannot say which.
    await waitUntil(() => notice(again).includes('没有存入数字库'), 'nothing said of the figure left out')
    expect(notice(again)).to.contain('城镇新增就业').and.to.contain('数字库里这个数是 3250人')
    expect(notice(again)).to.contain('分不清哪个较新')
    expect(await storedFigure(env.app.store!)).to.equal('3250')
  })

  it('from a log written before figures carried their prior: written where the library holds none', async () => {
    const { id, copy } = await typedAsThePageDies()
    const { metrics } = await env.app.store!.loadFigures()
    await env.app.store!.deleteFigure(metrics.find((m) => m.label === '城镇新增就业')!.key, 2025, 'actual')
    const again = await reopened(id, withoutPriors(copy))
    await waitUntil(
      async () => (await storedFigure(env.app.store!)) === '3330',
      'the recovered figure never reached the library',
    )
    expect(notice(again)).not.to.contain('没有存入数字库')
  })
})
