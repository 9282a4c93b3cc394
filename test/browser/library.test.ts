import { expect, waitUntil } from '@open-wc/testing'
import { openDB } from 'idb'
import { Transform } from 'prosemirror-transform'
import type { JgLibrary } from '../../src/app/components/jg-library'
import { bundledTemplates } from '../../src/app/templates'
import { instantiate } from '../../src/core/instantiate'
import { slotsOf } from '../../src/core/outline'
import { importText } from '../../src/core/import'
import { draftTitle, newDraft } from '../../src/app/drafts'
import { lockName } from '../../src/app/session/tabs'
import { walKey } from '../../src/app/session/wal'
import { Store, summaryOf, type DraftRecord } from '../../src/app/store/db'
import { speechFromJSON } from '../../src/core/serialize'
import { editorPage, library, mountApp, newDraftFrom, SPEECH } from './helpers'
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands'

type Env = Awaited<ReturnType<typeof mountApp>>

const template = (id: string) => bundledTemplates().find((t) => t.id === id)!

/** A generic-template draft for `planYear` whose 部门 is filled in. */
function genericFor(department: string, planYear: number, at: number): DraftRecord {
  const doc = instantiate(template('generic-annual'), planYear)
  const tr = new Transform(doc)
  const slot = slotsOf(doc).find((s) => s.attrs.role === 'text' && s.attrs.label === '部门')!
  tr.setNodeAttribute(slot.pos, 'value', department)
  return newDraft(tr.doc, 'generic-annual', at)
}

async function seed(env: Env): Promise<DraftRecord[]> {
  const drafts = [
    genericFor('县人力资源和社会保障局', 2027, 1_700_000_000_000),
    genericFor('县农业农村局', 2026, 1_690_000_000_000),
    newDraft(instantiate(template('hrss-annual'), 2027), 'hrss-annual', 1_680_000_000_000),
    newDraft(importText('同志们：\n今天开会。\n一、工作回顾\n全年完成任务。').doc, 'import', 1_670_000_000_000),
  ]
  for (const d of drafts) await env.app.store!.saveDraft(d)
  return drafts
}

const items = (lib: JgLibrary) => [...lib.shadowRoot!.querySelectorAll<HTMLLIElement>('ul.drafts li')]
const item = (lib: JgLibrary, id: string) =>
  lib.shadowRoot!.querySelector<HTMLLIElement>(`ul.drafts li[data-id="${id}"]`)!
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ')

async function shownLibrary(env: Env): Promise<JgLibrary> {
  const lib = await library(env.app)
  await lib.refresh()
  await lib.updateComplete
  return lib
}

/** Answer 复制's question (jg-copy-question) as the user does: a trial copy or a shared one. */
async function answerCopy(lib: HTMLElement, kind: 'trial' | 'shared') {
  const question = () => lib.shadowRoot!.querySelector('jg-copy-question')!.shadowRoot!.querySelector('dialog')
  await waitUntil(() => question()?.open, '复制 asked nothing')
  question()!.querySelector<HTMLButtonElement>(`button.${kind}`)!.click()
}

describe('the library tells drafts apart', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it("shows each draft's years, its department or template, and its last change", async () => {
    const [rs, agri, hrss, imported] = await seed(env)
    const lib = await shownLibrary(env)
    expect(items(lib).map((li) => li.dataset.id)).to.deep.equal([rs.id, agri.id, hrss.id, imported.id])
    expect(text(item(lib, rs.id))).to.contain('县人力资源和社会保障局2027年工作会议讲话')
    expect(text(item(lib, rs.id).querySelector('.years')!)).to.equal('回顾 2026 年 · 部署 2027 年')
    expect(text(item(lib, rs.id).querySelector('.dept')!)).to.equal('县人力资源和社会保障局')
    expect(text(item(lib, agri.id).querySelector('.years')!)).to.equal('回顾 2025 年 · 部署 2026 年')
    expect(text(item(lib, agri.id).querySelector('.dept')!)).to.equal('县农业农村局')
    expect(text(item(lib, hrss.id).querySelector('.dept')!)).to.equal(`模板：${template('hrss-annual').name}`)
    expect(text(item(lib, imported.id).querySelector('.dept')!)).to.equal('导入的讲稿')
    expect(text(item(lib, rs.id).querySelector('.updated')!)).to.equal(
      `修改于 ${new Date(rs.updatedAt).toLocaleString('zh-CN', { hour12: false })}`,
    )
  })

  it('an empty 部门 reads as 【部门】 in the title, not as a marker', async () => {
    const d = newDraft(instantiate(template('generic-annual'), 2027), 'generic-annual')
    expect(d.title).to.equal('【部门】2027年工作会议讲话')
  })

  it('finds drafts by words of their name, title or department, and by plan year', async () => {
    const [rs, agri, hrss, imported] = await seed(env)
    const lib = await shownLibrary(env)
    const search = lib.shadowRoot!.querySelector<HTMLInputElement>('input.search')!
    const count = () => text(lib.shadowRoot!.querySelector('.find .count')!)
    search.value = '农业'
    search.dispatchEvent(new Event('input'))
    await lib.updateComplete
    expect(items(lib).map((li) => li.dataset.id)).to.deep.equal([agri.id])
    expect(count()).to.equal('显示 1 篇，共 4 篇')
    search.value = '人力资源 2027'
    search.dispatchEvent(new Event('input'))
    await lib.updateComplete
    expect(items(lib).map((li) => li.dataset.id)).to.deep.equal([rs.id, hrss.id])
    search.value = '没有这个词'
    search.dispatchEvent(new Event('input'))
    await lib.updateComplete
    expect(items(lib)).to.have.length(0)
    expect(text(lib.shadowRoot!.querySelector('.no-match')!)).to.equal('没有符合条件的草稿。')
    search.value = ''
    search.dispatchEvent(new Event('input'))
    const year = lib.shadowRoot!.querySelector<HTMLSelectElement>('select.year-filter')!
    await lib.updateComplete
    expect([...year.options].map((o) => o.textContent)).to.deep.equal([
      '全部年度',
      '部署 2027 年',
      '部署 2026 年',
      '未识别年度',
    ])
    year.value = '2026'
    year.dispatchEvent(new Event('change'))
    await lib.updateComplete
    expect(items(lib).map((li) => li.dataset.id)).to.deep.equal([agri.id])
    year.value = ''
    year.dispatchEvent(new Event('change'))
    await lib.updateComplete
    expect(items(lib)).to.have.length(4)
    year.value = 'none'
    year.dispatchEvent(new Event('change'))
    await lib.updateComplete
    expect(items(lib).map((li) => li.dataset.id)).to.deep.equal([imported.id])
  })

  it('draws 200 drafts at first and 200 more on request; the count and the search cover them all', async () => {
    const doc = importText('同志们：\n今天开会。\n一、工作回顾\n全年完成任务。').doc
    const db = await openDB(env.dbName)
    const tx = db.transaction(['drafts', 'summaries'], 'readwrite')
    const drafts = Array.from({ length: 205 }, (_, i) => ({
      ...newDraft(doc, 'import', 1_700_000_000_000 - i),
      name: `第${i + 1}稿`,
    }))
    for (const d of drafts) {
      void tx.objectStore('drafts').put(d)
      void tx.objectStore('summaries').put(summaryOf(d))
    }
    await tx.done
    db.close()
    const lib = await shownLibrary(env)
    const count = () => text(lib.shadowRoot!.querySelector('.find .count')!)
    const more = () => lib.shadowRoot!.querySelector<HTMLButtonElement>('button.more')
    expect(items(lib)).to.have.length(200)
    expect(items(lib)[0].dataset.id).to.equal(drafts[0].id)
    expect(count()).to.equal('共 205 篇')
    expect(text(more()!)).to.equal('再显示 5 篇（下面还有 5 篇）')
    more()!.click()
    await lib.updateComplete
    expect(items(lib).map((li) => li.dataset.id)).to.deep.equal(drafts.map((d) => d.id))
    expect(more()).to.equal(null)
    // The search reads every draft, not only those drawn.
    const search = lib.shadowRoot!.querySelector<HTMLInputElement>('input.search')!
    search.value = '第205稿'
    search.dispatchEvent(new Event('input'))
    await lib.updateComplete
    expect(items(lib).map((li) => li.dataset.id)).to.deep.equal([drafts[204].id])
    expect(count()).to.equal('显示 1 篇，共 205 篇')
  })

  it('renames a draft in the library without touching its speech, and back to its title', async () => {
    const [rs] = await seed(env)
    const lib = await shownLibrary(env)
    const dialog = lib.shadowRoot!.querySelector<HTMLDialogElement>('dialog.rename')!
    item(lib, rs.id).querySelector<HTMLButtonElement>('button.rename')!.click()
    await waitUntil(() => dialog.open, 'no rename dialog')
    const input = dialog.querySelector<HTMLInputElement>('input.rename-name')!
    expect(input.value).to.equal(rs.title)
    input.value = '  给局长的第二稿 '
    dialog.querySelector<HTMLButtonElement>('button.save-name')!.click()
    await waitUntil(() => !dialog.open, 'dialog not closed')
    await waitUntil(() => lib.drafts!.some((d) => d.name === '给局长的第二稿'), 'not renamed')
    await lib.updateComplete
    const li = item(lib, rs.id)
    expect(text(li)).to.contain('给局长的第二稿')
    expect(text(li.querySelector('.heading')!)).to.equal(rs.title)
    expect(text(lib.shadowRoot!.querySelector('.notice')!)).to.equal('已改名为“给局长的第二稿”。')
    const stored = (await env.app.store!.getDraft(rs.id))!
    expect(stored.name).to.equal('给局长的第二稿')
    expect(stored.speech).to.deep.equal(rs.speech)
    expect(stored.title).to.equal(rs.title)
    expect(stored.rev).to.equal(2)
    // the editor opens it as it was, and its saves keep the name
    location.hash = `#/draft/${rs.id}`
    const page = await editorPage(env.app)
    expect(draftTitle(page.editor!.state.doc)).to.equal(rs.title)
    await page.flush()
    location.hash = '#/'
    const again = await shownLibrary(env)
    expect((await env.app.store!.getDraft(rs.id))!.name).to.equal('给局长的第二稿')
    // an empty name goes back to the title
    item(again, rs.id).querySelector<HTMLButtonElement>('button.rename')!.click()
    const dialog2 = again.shadowRoot!.querySelector<HTMLDialogElement>('dialog.rename')!
    await waitUntil(() => dialog2.open)
    dialog2.querySelector<HTMLInputElement>('input.rename-name')!.value = ''
    dialog2.querySelector<HTMLButtonElement>('button.save-name')!.click()
    await waitUntil(() => again.drafts!.find((d) => d.id === rs.id)!.name === null, 'name not cleared')
    expect('name' in (await env.app.store!.getDraft(rs.id))!).to.equal(false)
  })

  it('refuses to rename a draft another tab is editing, and says why', async () => {
    const [rs] = await seed(env)
    const lib = await shownLibrary(env)
    // Another tab editing the draft holds its lock, as DraftSession does.
    let release!: () => void
    const held = new Promise<void>((r) => {
      release = r
    })
    let granted!: () => void
    const taken = new Promise<void>((r) => {
      granted = r
    })
    void navigator.locks.request(lockName(env.dbName, rs.id), () => {
      granted()
      return held
    })
    await taken
    try {
      item(lib, rs.id).querySelector<HTMLButtonElement>('button.rename')!.click()
      await waitUntil(() => lib.error !== '', 'no refusal')
      await lib.updateComplete
      expect(text(lib.shadowRoot!.querySelector('.error')!)).to.contain('正在另一个标签页')
      expect(lib.shadowRoot!.querySelector<HTMLDialogElement>('dialog.rename')!.open).to.equal(false)
      expect((await env.app.store!.getDraft(rs.id))!.rev).to.equal(1)
    } finally {
      release()
    }
  })

  it('a rename that finds the draft taken meanwhile is refused in the dialog; nothing is written', async () => {
    const [rs] = await seed(env)
    const lib = await shownLibrary(env)
    item(lib, rs.id).querySelector<HTMLButtonElement>('button.rename')!.click()
    const dialog = lib.shadowRoot!.querySelector<HTMLDialogElement>('dialog.rename')!
    await waitUntil(() => dialog.open)
    let release!: () => void
    const held = new Promise<void>((r) => {
      release = r
    })
    await new Promise<void>((taken) => {
      void navigator.locks.request(lockName(env.dbName, rs.id), () => {
        taken()
        return held
      })
    })
    try {
      dialog.querySelector<HTMLInputElement>('input.rename-name')!.value = '新名字'
      dialog.querySelector<HTMLButtonElement>('button.save-name')!.click()
      await waitUntil(() => lib.renameError !== '', 'not refused')
      await lib.updateComplete
      expect(text(dialog.querySelector('.error')!)).to.contain('正在另一个标签页')
      expect((await env.app.store!.getDraft(rs.id))!.name).to.equal(undefined)
    } finally {
      release()
    }
  })

  it('duplicates a draft as a new one named “…（副本）”', async () => {
    const [rs] = await seed(env)
    await env.app.store!.saveDraft({
      ...(await env.app.store!.getDraft(rs.id))!,
      checks: { disabledRules: ['long-sentence'], ignored: [] },
    })
    const lib = await shownLibrary(env)
    item(lib, rs.id).querySelector<HTMLButtonElement>('button.duplicate')!.click()
    await answerCopy(lib, 'shared')
    await waitUntil(() => lib.drafts!.length === 5, 'no copy listed')
    const copy = lib.drafts!.find((d) => d.name === `${rs.title}（副本）`)!
    expect(copy.id).not.to.equal(rs.id)
    expect(items(lib)[0].dataset.id).to.equal(copy.id)
    const stored = (await env.app.store!.getDraft(copy.id))!
    expect(speechFromJSON(stored.speech).eq(speechFromJSON(rs.speech))).to.equal(true)
    expect(stored.checks).to.deep.equal({ disabledRules: ['long-sentence'], ignored: [] })
    expect(stored.rev).to.equal(1)
    await lib.updateComplete
    expect(text(lib.shadowRoot!.querySelector('.notice')!)).to.equal(`已复制为“${rs.title}（副本）”。`)
    // a copy of the copy
    item(lib, copy.id).querySelector<HTMLButtonElement>('button.duplicate')!.click()
    await answerCopy(lib, 'shared')
    await waitUntil(() => lib.drafts!.some((d) => d.name === `${rs.title}（副本）（副本）`), 'no second copy')
  })
})

describe("the generic template's 部门 and 工作领域", () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  /** Fill a text slot as a user does: its input, typed into, Enter. */
  async function fill(page: Awaited<ReturnType<typeof newDraftFrom>>, label: string, text: string) {
    const slot = page.shadowRoot!.querySelector<HTMLElement>(`.slot[data-label="${label}"]`)!
    slot.dispatchEvent(new CustomEvent('jg-edit-slot', { detail: { start: 'value' } }))
    await waitUntil(() => slot.querySelector('input'), 'no input')
    await sendKeys({ type: text })
    await sendKeys({ press: 'Enter' })
  }

  it('are text the user types (not names), shown in the list, and kept by 生成新一年草稿', async () => {
    const page = await newDraftFrom(env.app, 'generic-annual')
    const texts = () =>
      slotsOf(page.editor!.state.doc)
        .filter((s) => s.attrs.role !== 'metric')
        .map((s) => [s.attrs.role, s.attrs.label, s.attrs.value])
    expect(texts()).to.deep.equal([
      ['text', '部门', null],
      ['text', '工作领域', null],
    ])
    await fill(page, '部门', '县医疗保障局')
    await fill(page, '工作领域', '医疗保障')
    expect(texts()).to.deep.equal([
      ['text', '部门', '县医疗保障局'],
      ['text', '工作领域', '医疗保障'],
    ])
    await page.flush()
    location.hash = '#/'
    const lib = await shownLibrary(env)
    const [d] = lib.drafts!
    expect(d.title).to.match(/^县医疗保障局\d{4}年工作会议讲话$/)
    expect(text(item(lib, d.id).querySelector('.dept')!)).to.equal('县医疗保障局')
    item(lib, d.id).querySelector<HTMLButtonElement>('button.rollover')!.click()
    const dialog = lib.shadowRoot!.querySelector<HTMLDialogElement>('dialog.rollover')!
    await waitUntil(() => dialog.open, 'no roll-over dialog')
    dialog.querySelector<HTMLButtonElement>('button.confirm-rollover')!.click()
    await waitUntil(() => !location.hash.endsWith(d.id) && location.hash.startsWith('#/draft/'), 'not rolled')
    const next = await editorPage(env.app)
    expect(
      slotsOf(next.editor!.state.doc)
        .filter((s) => s.attrs.role === 'text')
        .map((s) => s.attrs.value),
    ).to.deep.equal(['县医疗保障局', '医疗保障'])
    expect(slotsOf(next.editor!.state.doc).some((s) => s.attrs.role === 'metric' && s.attrs.value !== null)).to.equal(
      false,
    )
  })
})

// Tryout 6, finding 9: a district office's speech from the general template said 全县 and 县委县政府.
describe("a new speech from a template, for the office's level", () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('says 全区 and 区委区政府 when 区直部门 is chosen, and 全县 by default', async () => {
    const lib = await library(env.app)
    const select = lib.shadowRoot!.querySelector<HTMLSelectElement>('label.level select')!
    expect(select.value).to.equal('县')
    select.value = '区'
    select.dispatchEvent(new Event('change'))
    const page = await newDraftFrom(env.app, 'generic-annual')
    const words = page.editor!.state.doc.textContent
    expect(words).to.contain('——在全区')
    expect(words).to.contain('在区委区政府的坚强领导下')
    expect(words).not.to.match(/全县|县委|县政府/)
  })

  it('offers 街道 and 镇, and a 街道 speech says 全街道 and 街道党工委办事处 (tryout 10 #11)', async () => {
    const lib = await library(env.app)
    const select = lib.shadowRoot!.querySelector<HTMLSelectElement>('label.level select')!
    const options = [...select.options].map((o) => o.textContent ?? '')
    expect(options).to.include('街道办事处（全街道、街道党工委办事处）')
    expect(options).to.include('镇（全镇、镇党委镇政府）')
    select.value = '街道'
    select.dispatchEvent(new Event('change'))
    const page = await newDraftFrom(env.app, 'generic-annual')
    const words = page.editor!.state.doc.textContent
    expect(words).to.contain('——在全街道')
    expect(words).to.contain('在街道党工委办事处的坚强领导下')
    expect(words).not.to.match(/全县|县委|县政府/)
  })
})

describe('the summaries store, version 3 to 4', () => {
  it('opening an older database makes every summary anew, with the name and department', async () => {
    const name = `jianggao-upgrade-${Date.now()}`
    const record = { ...genericFor('县教育体育局', 2027, 1_700_000_000_000), name: '教育局初稿', rev: 3 }
    const { department: _d, name: _n, ...v3Summary } = summaryOf(record)
    const old = await openDB(name, 3, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt')
        db.createObjectStore('settings', { keyPath: 'key' })
        db.createObjectStore('metrics', { keyPath: 'key' })
        db.createObjectStore('figures', { keyPath: ['metric', 'year', 'kind'] }).createIndex('metric', 'metric')
        db.createObjectStore('summaries', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt')
      },
    })
    await old.put('drafts', record)
    await old.put('summaries', v3Summary)
    old.close()
    const store = await Store.open(name)
    try {
      const [summary] = await store.listDrafts()
      expect(summary).to.deep.equal(summaryOf(record))
      expect([summary.name, summary.department]).to.deep.equal(['教育局初稿', '县教育体育局'])
    } finally {
      store.close()
      indexedDB.deleteDatabase(name)
    }
  })
})

describe('the summaries store, version 7 to 8', () => {
  it('opening a version 7 database gives every summary the figures its speech shows', async () => {
    const name = `jianggao-upgrade-8-${Date.now()}`
    const record = { ...newDraft(importText(SPEECH).doc, 'import', 1), rev: 2 }
    const { figures, ...v7Summary } = summaryOf(record)
    expect(figures.map((f) => `${f.label}${f.year}${f.value}${f.unit}`)).to.include('城镇新增就业20253250人')
    const old = await openDB(name, 7, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt')
        db.createObjectStore('summaries', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt')
      },
    })
    await old.put('drafts', record)
    await old.put('summaries', v7Summary)
    old.close()
    const store = await Store.open(name)
    try {
      expect(await store.listDrafts()).to.deep.equal([summaryOf(record)])
    } finally {
      store.close()
      indexedDB.deleteDatabase(name)
    }
  })
})

describe('what the library says after a delete and a restore', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
    await setViewport({ width: 800, height: 600 })
  })

  it('says a delete happened, drops its notice on a restore, and shows the restore’s result on screen', async () => {
    await setViewport({ width: 1093, height: 614 })
    const [rs] = await seed(env)
    const backup = JSON.stringify(await env.app.store!.backup())
    const lib = await shownLibrary(env)
    const notice = () => lib.shadowRoot!.querySelector('.notice')?.textContent ?? ''
    item(lib, rs.id).querySelector<HTMLButtonElement>('button.duplicate')!.click()
    await answerCopy(lib, 'shared')
    await waitUntil(() => lib.drafts!.length === 5, 'no copy listed')
    await lib.updateComplete
    const copy = lib.drafts!.find((d) => d.name === `${rs.title}（副本）`)!
    expect(notice()).to.contain('已复制为')

    // A log a page left of the copy (it died with the copy open) goes with the copy.
    localStorage.setItem(walKey(env.dbName, copy.id), JSON.stringify({ session: 's', baseRev: 1, entries: [], at: 1 }))
    const dialog = () => lib.shadowRoot!.querySelector('jg-confirm')!.shadowRoot!.querySelector('dialog')!
    item(lib, copy.id).querySelector<HTMLButtonElement>('button.delete')!.click()
    await waitUntil(() => dialog().open, 'no question asked')
    dialog().querySelector<HTMLButtonElement>('button.confirm')!.click()
    await waitUntil(() => lib.drafts!.length === 4, 'not deleted')
    await lib.updateComplete
    expect(notice()).to.equal(`已删除“${rs.title}（副本）”。`)
    expect(localStorage.getItem(walKey(env.dbName, copy.id)), 'the log of the draft deleted').to.equal(null)

    // A restore, from the 数据 section at the foot of the page.
    window.scrollTo(0, 0)
    const data = lib.shadowRoot!.querySelector('jg-backup')!
    const input = data.shadowRoot!.querySelector<HTMLInputElement>('input.restore')!
    const dt = new DataTransfer()
    dt.items.add(new File([backup], 'backup.json'))
    input.files = dt.files
    input.dispatchEvent(new Event('change'))
    const question = () => data.shadowRoot!.querySelector('jg-restore-question')!.shadowRoot!.querySelector('dialog')!
    await waitUntil(() => question().open, 'no question asked')
    question().querySelector<HTMLButtonElement>('button.merge')!.click()
    await waitUntil(() => data.notice.includes('已合并备份'), 'not restored')
    await data.updateComplete
    await lib.updateComplete
    expect(notice(), 'a stale notice at the top').to.equal('')
    const result = data.shadowRoot!.querySelector('output.result')!.getBoundingClientRect()
    expect(result.top, 'the result above the screen').to.be.at.least(0)
    expect(result.bottom, 'the result below the screen').to.be.at.most(innerHeight + 1)
    console.log(
      `screenshot: ${await executeServerCommand<string, { name: string }>('screenshot', { name: 'library-restored' })}`,
    )
  })
})
