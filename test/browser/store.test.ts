import { expect } from '@open-wc/testing'
import { deleteDB } from 'idb'
import { Store } from '../../src/app/store/db'
import { newDraft } from '../../src/app/drafts'
import { instantiate, parseTemplate } from '../../src/core/template'
import hrss from '../../templates/hrss-annual.txt?raw'
import { speechFromJSON } from '../../src/core/serialize'

const DB = 'jianggao-test-store'

describe('Store (real IndexedDB)', () => {
  let store: Store
  beforeEach(async () => {
    store = await Store.open(DB)
  })
  afterEach(async () => {
    store.close()
    await deleteDB(DB)
  })

  it('saves, lists newest first, loads exactly and deletes drafts', async () => {
    const doc = instantiate(parseTemplate(hrss, 'hrss'), 2027)
    const a = newDraft(doc, 'hrss', 1000)
    const b = { ...newDraft(doc, 'hrss', 2000), title: '第二篇' }
    await store.saveDraft(a)
    await store.saveDraft(b)
    expect((await store.listDrafts()).map((d) => d.id)).to.deep.equal([b.id, a.id])
    const back = await store.getDraft(a.id)
    expect(speechFromJSON(back!.speech).eq(doc)).to.equal(true)
    await store.deleteDraft(a.id)
    expect((await store.listDrafts()).map((d) => d.id)).to.deep.equal([b.id])
  })

  it('keeps data across connections', async () => {
    const doc = instantiate(parseTemplate(hrss, 'hrss'), 2027)
    const a = newDraft(doc, 'hrss')
    await store.saveDraft(a)
    store.close()
    store = await Store.open(DB)
    expect((await store.getDraft(a.id))!.title).to.equal(a.title)
  })

  it('keeps settings with defaults', async () => {
    expect((await store.getSettings()).charsPerMinute).to.equal(200)
    await store.saveSettings({ ...(await store.getSettings()), charsPerMinute: 240 })
    expect((await store.getSettings()).charsPerMinute).to.equal(240)
  })
})
