import { expect, waitUntil } from '@open-wc/testing'
import { deleteDB } from 'idb'
import type { JgLibrary } from '../../src/app/components/jg-library'
import { bundledTemplates } from '../../src/app/templates'
import { instantiate } from '../../src/core/instantiate'
import { newDraft } from '../../src/app/drafts'
import { censusKey } from '../../src/app/store/census'
import { storageMessage } from '../../src/app/store/db'
import { makeBackup } from '../../src/core/backup'
import { editorPage, library, mountApp } from './helpers'
import { meetingPage, storeExample } from './meeting-helpers'

type Env = Awaited<ReturnType<typeof mountApp>>

/** Two drafts, saved as the app saves them, and listed by the library (which takes the census). */
async function seeded(): Promise<{ env: Env; lib: JgLibrary }> {
  const env = await mountApp()
  const template = bundledTemplates().find((t) => t.id === 'hrss-annual')!
  for (const at of [1_700_000_000_000, 1_700_000_100_000])
    await env.app.store!.saveDraft(newDraft(instantiate(template, 2027), 'hrss-annual', at))
  const lib = await library(env.app)
  await lib.refresh()
  await lib.updateComplete
  expect(lib.drafts!.length).to.equal(2)
  return { env, lib }
}

/** The record page's message that it found no record, once it shows one. */
const recordAlert = (app: Env['app']) =>
  app.shadowRoot!.querySelector('jg-meeting')?.shadowRoot?.querySelector<HTMLElement>('.message[role="alert"]')

const alertOf = (lib: JgLibrary) => lib.shadowRoot!.querySelector<HTMLElement>('.lost[role="alert"]')

/** Close the app, then start it again on the same database name, as a new page load does. */
async function restart(env: Env): Promise<{ env: Env; lib: JgLibrary }> {
  const next = await env.reload()
  const lib = await library(next.app)
  return { env: next, lib }
}

describe('a library lost behind the app is told on the next start (census)', () => {
  const envs: Env[] = []
  afterEach(async () => {
    for (const e of envs.splice(0)) {
      localStorage.removeItem(censusKey(e.dbName))
      await e.dispose()
    }
  })

  it('says how many drafts were there, and when, when the database is gone; 是我有意清空的 clears it', async () => {
    const { env } = await seeded()
    // The browser drops the database (as after a full disk): the app is not asked.
    env.app.remove()
    env.app.store!.close()
    await deleteDB(env.dbName)
    const { env: again, lib } = await restart(env)
    envs.push(again)
    expect(lib.drafts!.length).to.equal(0)
    const alert = alertOf(lib)
    expect(alert, 'no alert on an emptied library').to.not.equal(null)
    expect(alert!.textContent).to.contain('2 篇草稿')
    expect(alert!.textContent).to.contain('从备份恢复')
    expect(alert!.textContent).to.contain(new Date().getFullYear().toString())
    // Listing the empty library again (another start) keeps telling it.
    const { env: third, lib: lib3 } = await restart(again)
    envs.splice(0, 1, third)
    expect(alertOf(lib3), 'the alert was forgotten after one start').to.not.equal(null)
    alertOf(lib3)!.querySelector<HTMLButtonElement>('button.accept-loss')!.click()
    await waitUntil(() => alertOf(lib3) === null, 'the alert stayed after 是我有意清空的')
    const { env: fourth, lib: lib4 } = await restart(third)
    envs.splice(0, 1, fourth)
    expect(alertOf(lib4)).to.equal(null)
  })

  // Tryout 13: a saved draft's link opened after the database was dropped said only 找不到这篇草稿，
  // 可能已被删除, and a census was kept only by the library, which she may never open.
  it('a draft’s link opened first, after the database was dropped, says the library may be lost and how to restore it', async () => {
    // She works from a link to her draft: the library is never listed, and the census is kept all the same.
    const first = await mountApp(undefined, '#/draft/none')
    const template = bundledTemplates().find((t) => t.id === 'hrss-annual')!
    const ids: string[] = []
    for (const at of [1_700_000_000_000, 1_700_000_100_000]) {
      const d = newDraft(instantiate(template, 2027), 'hrss-annual', at)
      await first.app.store!.saveDraft(d)
      ids.push(d.id)
    }
    location.hash = `#/draft/${ids[0]}`
    const opened = await first.reload()
    envs.push(opened)
    await editorPage(opened.app, { checked: false })
    await waitUntil(() => localStorage.getItem(censusKey(opened.dbName))?.includes('"drafts":2'), 'no census taken')
    // The browser drops the database; her next start opens the same link.
    opened.app.remove()
    opened.app.store!.close()
    await deleteDB(opened.dbName)
    const again = await opened.reload()
    envs.splice(0, 1, again)
    const page = again.app.shadowRoot!.querySelector('jg-editor')!
    const alert = () => page.shadowRoot!.querySelector<HTMLElement>('.message[role="alert"]')
    await waitUntil(() => alert(), 'the page did not say it found nothing')
    const said = alert()!.textContent!
    expect(said).to.contain('找不到这篇草稿')
    expect(said).to.contain('草稿库可能已经丢失')
    expect(said).to.contain('2 篇草稿')
    expect(said).to.contain('从备份恢复')
    expect(said).to.not.contain('可能已被删除')
    // A draft simply deleted, with the library there, is told as before.
    const own = await mountApp(undefined, '#/draft/none')
    envs.push(own)
    const ownPage = own.app.shadowRoot!.querySelector('jg-editor')!
    await waitUntil(() => ownPage.shadowRoot!.querySelector('.message[role="alert"]'), 'no message')
    expect(ownPage.shadowRoot!.querySelector('.message')!.textContent).to.contain('找不到这篇草稿，可能已被删除')
  })

  // The same for a meeting record's link (#/meeting/<id>): the record page had no test of it.
  it('a meeting record’s link opened first, after the database was dropped, says the library may be lost and how to restore it', async () => {
    const first = await mountApp(undefined, '#/meeting/none')
    const record = await storeExample(first.app.store!)
    await storeExample(first.app.store!)
    const template = bundledTemplates().find((t) => t.id === 'hrss-annual')!
    await first.app.store!.saveDraft(newDraft(instantiate(template, 2027), 'hrss-annual', 1_700_000_000_000))
    location.hash = `#/meeting/${record.id}`
    const opened = await first.reload()
    envs.push(opened)
    await meetingPage(opened.app)
    await waitUntil(
      () => localStorage.getItem(censusKey(opened.dbName))?.includes('"meetings":2'),
      'no census taken on the record page',
    )
    // The browser drops the database; her next start opens the same link.
    opened.app.remove()
    opened.app.store!.close()
    await deleteDB(opened.dbName)
    const again = await opened.reload()
    envs.splice(0, 1, again)
    const alert = () => recordAlert(again.app)
    await waitUntil(() => alert(), 'the record page did not say it found nothing')
    const said = alert()!.textContent!
    expect(said).to.contain('找不到这份会议记录')
    expect(said).to.contain('草稿库可能已经丢失')
    expect(said).to.contain('1 篇草稿')
    expect(said).to.contain('2 份会议记录')
    expect(said).to.contain('从备份恢复')
    expect(said).to.not.contain('可能已被删除')
    // A record simply deleted, with the library there, is told as before.
    const own = await mountApp(undefined, '#/meeting/none')
    envs.push(own)
    const ownAlert = () => recordAlert(own.app)
    await waitUntil(() => ownAlert(), 'no message')
    expect(ownAlert()!.textContent).to.contain('找不到这份会议记录').and.not.to.contain('草稿库可能已经丢失')
  })

  it('a restore from a backup ends the alert: the library lists drafts again', async () => {
    const { env } = await seeded()
    const drafts = await Promise.all((await env.app.store!.listDrafts()).map((d) => env.app.store!.getDraft(d.id)))
    const backup = makeBackup(
      drafts.map((d) => d!),
      null,
    )
    env.app.remove()
    env.app.store!.close()
    await deleteDB(env.dbName)
    const { env: again, lib } = await restart(env)
    envs.push(again)
    expect(alertOf(lib)).to.not.equal(null)
    await again.app.store!.mergeBackup(backup)
    await lib.refresh()
    await lib.updateComplete
    // (The two drafts have the same words: a merge keeps one.)
    expect(lib.drafts!.length).to.be.above(0)
    expect(alertOf(lib), 'the alert stayed after the restore').to.equal(null)
  })

  it('deleting every draft through the app never alarms', async () => {
    const { env, lib } = await seeded()
    envs.push(env)
    const dialog = () => lib.shadowRoot!.querySelector('jg-confirm')!.shadowRoot!.querySelector('dialog')!
    for (let n = 2; n > 0; n--) {
      lib.shadowRoot!.querySelector<HTMLButtonElement>('ul.drafts button.delete')!.click()
      await waitUntil(() => dialog().open, 'no question asked')
      dialog().querySelector<HTMLButtonElement>('button.confirm')!.click()
      await waitUntil(() => lib.drafts!.length === n - 1, 'draft not deleted')
    }
    const { env: again, lib: lib2 } = await restart(env)
    envs.splice(0, 1, again)
    expect(lib2.drafts!.length).to.equal(0)
    expect(alertOf(lib2)).to.equal(null)
  })

  it('keeps one census per database name: another database emptied says nothing of this one', async () => {
    const { env } = await seeded()
    envs.push(env)
    const other = await mountApp()
    envs.push(other)
    const lib = await library(other.app)
    expect(alertOf(lib)).to.equal(null)
    expect(localStorage.getItem(censusKey(env.dbName))).to.contain('"drafts":2')
    expect(localStorage.getItem(censusKey(other.dbName))).to.contain('"drafts":0')
  })

  it('a new database with no census (a first start) says nothing', async () => {
    const env = await mountApp()
    envs.push(env)
    const lib = await library(env.app)
    expect(alertOf(lib)).to.equal(null)
  })
})

describe('a failed write on a full disk promises nothing it cannot know', () => {
  it('says to free space and back up at once, not that what was saved is all still there', () => {
    for (const where of ['editor', 'elsewhere'] as const) {
      const said = storageMessage(new DOMException('disk', 'UnknownError'), where)
      expect(said).to.contain('清理磁盘空间')
      expect(said).to.contain('备份全部数据')
      expect(said).to.not.contain('都还在')
    }
    for (const name of ['InvalidStateError', 'SomeOtherError'])
      expect(storageMessage(new DOMException('x', name))).to.not.contain('都还在')
  })
})
