import { expect, waitUntil } from '@open-wc/testing'
import type { JgBackup } from '../../src/app/components/jg-backup'
import { Transform } from 'prosemirror-transform'
import { editorPage, library, mountApp } from './helpers'
import { walKey, type WalRecord } from '../../src/app/session/wal'
import { TabChannel, type TabMessage } from '../../src/app/session/tabs'
import { importText } from '../../src/core/import'
import { newDraft } from '../../src/app/drafts'
import { speechToJSON } from '../../src/core/serialize'
import { type DraftRecord, type MeetingRecord, Store } from '../../src/app/store/db'
import { makeBackup, parseBackup } from '../../src/core/backup'
import { deleteDB } from 'idb'
import { versionOf } from '../../src/core/backup-versions'
import { normalizeLabel } from '../../src/core/figures/model'
import { storeExample } from './meeting-helpers'

async function seedDrafts(env: Awaited<ReturnType<typeof mountApp>>, n: number) {
  const text = await (await fetch('/test/fixtures/agri-2023.txt')).text()
  for (let i = 0; i < n; i++) {
    const d = newDraft(
      importText(text.replace('坚定信心', `第${i + 1}稿 坚定信心`)).doc,
      'import',
      1_700_000_000_000 + i,
    )
    await env.app.store!.saveDraft({ ...d, checks: { disabledRules: ['long-sentence'], ignored: [] } })
  }
  await env.app.store!.saveSettings({ charsPerMinute: 230, timeBoundPhrases: ['开局之年'], maxSentenceChars: 90 })
}

/** The library's 数据 section. */
async function dataSection(env: Awaited<ReturnType<typeof mountApp>>): Promise<JgBackup> {
  const lib = await library(env.app)
  const section = lib.shadowRoot!.querySelector('jg-backup')!
  await section.updateComplete
  return section
}

/** What the section says beside its buttons. */
const result = (section: JgBackup) => section.shadowRoot!.querySelector('output.result')?.textContent ?? ''

function chooseFile(lib: JgBackup, file: File) {
  const input = lib.shadowRoot!.querySelector<HTMLInputElement>('input.restore')!
  const dt = new DataTransfer()
  dt.items.add(file)
  input.files = dt.files
  input.dispatchEvent(new Event('change'))
}

const confirmDialog = (lib: JgBackup) =>
  lib.shadowRoot!.querySelector('jg-restore-question')!.shadowRoot!.querySelector('dialog')!

/** Brings a backup's JSON through 从备份恢复… and answers 合并: the section and the question it asked first. */
async function mergeFile(env: Awaited<ReturnType<typeof mountApp>>, json: string) {
  const lib = await dataSection(env)
  chooseFile(lib, new File([json], 'C.json'))
  await waitUntil(() => confirmDialog(lib).open, 'no question asked')
  const question = confirmDialog(lib).textContent ?? ''
  confirmDialog(lib).querySelector<HTMLButtonElement>('button.merge')!.click()
  await waitUntil(() => result(lib).includes('已合并备份'), 'not merged')
  return { lib, question }
}

describe('backup and restore', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('backup, wipe, restore (replace) gives identical data, after asking, and says so beside the buttons', async () => {
    await seedDrafts(env, 3)
    await storeExample(env.app.store!)
    const list = await library(env.app)
    await list.refresh()
    const lib = await dataSection(env)
    const before = await env.app.store!.backup()
    let saved: string | null = null
    lib.saveFile = (data) => {
      saved = data
    }
    lib.shadowRoot!.querySelector<HTMLButtonElement>('button.backup')!.click()
    await waitUntil(() => saved !== null, 'no backup written')
    await lib.updateComplete
    expect(result(lib)).to.contain('已备份 3 篇草稿、1 份会议记录、设置和数字库。')
    // wipe: delete every draft and change the settings
    for (const d of before.drafts) await env.app.store!.deleteDraft(d.id)
    await env.app.store!.saveSettings({ charsPerMinute: 100, timeBoundPhrases: [], maxSentenceChars: 50 })
    await list.refresh()
    chooseFile(lib, new File([saved!], 'backup.json', { type: 'application/json' }))
    await waitUntil(() => confirmDialog(lib).open, 'no question asked')
    expect(confirmDialog(lib).textContent).to.contain('备份')
    expect(confirmDialog(lib).textContent).to.match(
      /有 3 篇草稿、1 份会议记录(、数字库里 \d+ 项数字)?；这里现有 0 篇。/,
    )
    expect(confirmDialog(lib).textContent).not.to.contain('会丢掉')
    confirmDialog(lib).querySelector<HTMLButtonElement>('button.replace')!.click()
    await waitUntil(() => lib.notice.includes('已从备份恢复 3 篇草稿'), 'not restored')
    await lib.updateComplete
    expect(result(lib)).to.contain('已从备份恢复 3 篇草稿')
    const after = await env.app.store!.backup()
    // Identical but for the revision, which a restore raises so no open tab can save over it.
    const content = (drafts: typeof before.drafts) =>
      drafts.map(({ rev: _rev, ...d }: DraftRecord) => d).sort((a, b) => a.id.localeCompare(b.id))
    expect(content(after.drafts)).to.deep.equal(content(before.drafts))
    for (const d of after.drafts as DraftRecord[])
      expect(d.rev).to.be.greaterThan((before.drafts as DraftRecord[]).find((b) => b.id === d.id)!.rev!)
    expect(after.settings).to.deep.equal(before.settings)
    // the list was read again
    await waitUntil(() => list.drafts!.length === 3, 'list not refreshed')
  })

  it('a draft saved while the replace question is open is not replaced unasked: the question comes again with it counted', async () => {
    await seedDrafts(env, 2)
    const lib = await dataSection(env)
    const saved = JSON.stringify(await env.app.store!.backup())
    chooseFile(lib, new File([saved], 'backup.json', { type: 'application/json' }))
    await waitUntil(() => confirmDialog(lib).open, 'no question asked')
    expect(confirmDialog(lib).textContent).to.contain('这里现有 2 篇。')
    // Another tab saves typing into one draft while the question is open.
    const [first] = await env.app.store!.listDrafts()
    const record = (await env.app.store!.getDraft(first.id))!
    const typed = newDraft(importText('新的一段话。').doc, 'import')
    await env.app.store!.saveDraft({ ...record, speech: typed.speech, updatedAt: record.updatedAt + 5000 })
    confirmDialog(lib).querySelector<HTMLButtonElement>('button.replace')!.click()
    await waitUntil(() => confirmDialog(lib).textContent!.includes('和刚才问您时不一样了'), 'not asked again')
    await waitUntil(() => confirmDialog(lib).open, 'question not open again')
    // Nothing was replaced: the typing is still stored, and the question now counts it.
    expect((await env.app.store!.getDraft(first.id))!.speech).to.deep.equal(typed.speech)
    expect(confirmDialog(lib).textContent).to.contain('其中 1 篇在备份里没有，或在这里改得比备份新')
    confirmDialog(lib).querySelector<HTMLButtonElement>('button.replace')!.click()
    await waitUntil(() => lib.notice.includes('已从备份恢复 2 篇草稿'), 'not restored after the second answer')
  })

  // Tryout 8, C12: after a replace on a new computer the home page still said 还没有会议记录 until a reload.
  it('a replace onto a browser with nothing lists the restored meeting records at once, and names what it restored', async () => {
    await seedDrafts(env, 2)
    await storeExample(env.app.store!)
    const key = normalizeLabel('城镇新增就业')
    await env.app.store!.saveFigures(
      [{ key, label: '城镇新增就业', unit: '人', aliases: [] }],
      [
        { metric: key, year: 2025, kind: 'actual', value: '3250', unit: '人', changedAt: 10 },
        { metric: key, year: 2026, kind: 'target', value: '3300', unit: '人', changedAt: 10 },
      ],
    )
    const saved = JSON.stringify(await env.app.store!.backup())
    // The other computer: a new browser, its home page open and empty.
    await env.dispose()
    env = await mountApp()
    const home = await library(env.app)
    const meetings = home.shadowRoot!.querySelector('jg-meetings')!
    await waitUntil(() => meetings.meetings !== null, 'meetings not listed')
    await meetings.updateComplete
    expect(meetings.shadowRoot!.querySelector('.empty')?.textContent).to.contain('还没有会议记录')
    const lib = await dataSection(env)
    chooseFile(lib, new File([saved], 'backup.json', { type: 'application/json' }))
    await waitUntil(() => confirmDialog(lib).open, 'no question asked')
    confirmDialog(lib).querySelector<HTMLButtonElement>('button.replace')!.click()
    await waitUntil(() => result(lib).includes('已从备份恢复'), 'not restored')
    expect(result(lib)).to.contain('已从备份恢复 2 篇草稿、1 份会议记录和数字库里 2 项数字')
    await waitUntil(() => meetings.shadowRoot!.querySelectorAll('li[data-id]').length === 1, 'meetings not read again')
    expect(meetings.shadowRoot!.querySelector('.empty')).to.equal(null)
    expect(meetings.shadowRoot!.querySelector('li')!.textContent).to.contain('全县农业农村工作会议')
    await waitUntil(() => home.drafts?.length === 2, 'drafts not read again')
  })

  it('a corrupt or foreign file changes nothing and says why', async () => {
    await seedDrafts(env, 2)
    const lib = await dataSection(env)
    const before = await env.app.store!.backup()
    const good = JSON.parse(JSON.stringify(before))
    good.drafts[1].speech.doc.content[0].type = 'nonsense'
    const cases: [string, string, RegExp][] = [
      ['broken.json', '{"format": "jianggao/backup", "drafts": [', /无法读取 JSON/],
      ['other.json', JSON.stringify({ hello: 'world' }), /不是讲稿助手的备份文件/],
      ['tampered.json', JSON.stringify(good), /第 2 篇草稿.*内容损坏/],
    ]
    for (const [name, content, message] of cases) {
      chooseFile(lib, new File([content], name))
      await waitUntil(() => lib.error !== '', `no message for ${name}`)
      expect(lib.error).to.match(message)
      expect(lib.error).to.contain('当前数据没有任何改动')
      await lib.updateComplete
      expect(lib.shadowRoot!.querySelector('output.result.error')!.textContent).to.match(message)
      expect(confirmDialog(lib).open).to.equal(false)
      expect(await env.app.store!.backup()).to.deep.include({ drafts: before.drafts, settings: before.settings })
      lib.error = ''
    }
  })

  it('cancelling the question keeps the current data', async () => {
    await seedDrafts(env, 1)
    const lib = await dataSection(env)
    const before = await env.app.store!.backup()
    const other = {
      ...before,
      drafts: [
        {
          ...before.drafts[0],
          id: 'other',
          title: '另一篇',
          speech: speechToJSON(importText('同志们：\n开场。\n一、回顾\n正文。').doc),
        },
      ],
    }
    chooseFile(lib, new File([JSON.stringify(other)], 'b.json'))
    await waitUntil(() => confirmDialog(lib).open)
    confirmDialog(lib).querySelector<HTMLButtonElement>('button.cancel')!.click()
    await waitUntil(() => result(lib).includes('没有恢复'), 'cancel not said')
    expect((await env.app.store!.backup()).drafts).to.deep.equal(before.drafts)
  })
})

describe('merging a backup', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  const speech = (words: string) => speechToJSON(importText(`${words}\n同志们：\n开场。\n一、回顾\n正文。`).doc)
  const draft = (id: string, title: string, updatedAt: number): DraftRecord => ({
    id,
    title,
    createdAt: 100,
    updatedAt,
    origin: 'import',
    speech: speech(title),
  })
  const jobs = normalizeLabel('城镇新增就业')

  it('adds what is missing, keeps the newer copy of a draft and of a figure, keeps the settings, and reports the counts', async () => {
    const store = env.app.store!
    for (const d of [draft('a', 'A 这里较新', 3000), draft('b', 'B 这里较旧', 2000), draft('c', 'C 只在这里', 1000)])
      await store.saveDraft(d)
    await store.saveSettings({ charsPerMinute: 230, timeBoundPhrases: ['开局之年'], maxSentenceChars: 90 })
    await store.saveFigures(
      [{ key: jobs, label: '城镇新增就业', unit: '人', aliases: ['新增城镇就业'] }],
      [
        { metric: jobs, year: 2025, kind: 'actual', value: '100', unit: '人', changedAt: 10 },
        { metric: jobs, year: 2024, kind: 'actual', value: '90', unit: '人', changedAt: 10 },
      ],
    )
    const revB = (await store.getDraft('b'))!.rev!
    // The other computer's backup: it calls the metric by its alias, and has its own settings.
    const alias = normalizeLabel('新增城镇就业')
    // A: the same words, an older record. B: the other computer had B's words here and changed
    // them (its backup says it saw them). Both are told without clocks (backup-versions.ts).
    const backup = makeBackup(
      [
        { ...draft('a', 'A 备份里较旧', 500), speech: speech('A 这里较新') },
        draft('b', 'B 备份里较新', 5000),
        draft('d', 'D 只在备份里', 4000),
      ],
      { charsPerMinute: 100, timeBoundPhrases: [], maxSentenceChars: 50 },
      {
        metrics: [
          { key: alias, label: '新增城镇就业', unit: '人', aliases: [] },
          { key: 'gdp', label: 'GDP', unit: '亿元', aliases: [] },
        ],
        figures: [
          { metric: alias, year: 2025, kind: 'actual', value: '120', unit: '人', changedAt: 20 },
          { metric: alias, year: 2024, kind: 'actual', value: '95', unit: '人', changedAt: 10 },
          { metric: alias, year: 2023, kind: 'actual', value: '80', unit: '人', changedAt: 5 },
          { metric: 'gdp', year: 2025, kind: 'actual', value: '51.2', unit: '亿元', changedAt: 5 },
        ],
      },
    )
    backup.crossed = { b: [versionOf(speech('B 这里较旧'))] }
    const heard: TabMessage[] = []
    const channel = new TabChannel(env.dbName)
    channel.listen((m) => heard.push(m))
    try {
      const lib = await dataSection(env)
      chooseFile(lib, new File([JSON.stringify(backup)], 'other-pc.json'))
      await waitUntil(() => confirmDialog(lib).open, 'no question asked')
      expect(confirmDialog(lib).textContent).to.contain('有 3 篇草稿、数字库里 4 项数字；这里现有 3 篇')
      // A (newer here) and C (only here) are what a replace would lose: said before the choice.
      expect(confirmDialog(lib).textContent).to.contain(
        '其中 2 篇在备份里没有，或在这里改得比备份新：选“替换”会丢掉这些修改',
      )
      confirmDialog(lib).querySelector<HTMLButtonElement>('button.merge')!.click()
      await waitUntil(() => result(lib).includes('已合并备份'), 'not merged')
      expect(result(lib)).to.contain('新增 1 篇草稿，用备份中较新的替换 1 篇，保留这里的 1 篇')
      expect(result(lib)).to.contain('会议记录新增 0 份、更新 0 份；数字库新增 2 项、更新 1 项')
      expect(result(lib)).to.contain('设置未改动')

      const titles = (await store.listDrafts()).map((d) => d.title).sort()
      expect(titles).to.deep.equal(['A 这里较新', 'B 备份里较新', 'C 只在这里', 'D 只在备份里'])
      expect((await store.getDraft('b'))!.rev).to.be.greaterThan(revB)
      expect((await store.getSettings()).charsPerMinute).to.equal(230)
      const { metrics, values } = await store.loadFigures()
      expect(metrics.map((m) => m.key).sort()).to.deep.equal(['gdp', jobs].sort())
      const value = (year: number) => values.find((v) => v.metric === jobs && v.year === year)?.value
      // newer wins; on a tie the value here stays; what only the backup had is added
      expect([value(2025), value(2024), value(2023)]).to.deep.equal(['120', '90', '80'])
      expect(values.find((v) => v.metric === 'gdp')?.value).to.equal('51.2')
      // Only the replaced draft's tabs are told; the list shows all four.
      await waitUntil(() => heard.length > 0, 'other tabs not told')
      expect(heard).to.deep.equal([{ type: 'restored', ids: ['b'] }])
      const list = await library(env.app)
      await waitUntil(() => list.drafts!.length === 4, 'list not refreshed')
    } finally {
      channel.close()
    }
  })

  it('a second merge of the same backup changes nothing and tells no tab', async () => {
    const store = env.app.store!
    await store.saveDraft(draft('a', 'A', 3000))
    const backup = await store.backup()
    const heard: TabMessage[] = []
    const channel = new TabChannel(env.dbName)
    channel.listen((m) => heard.push(m))
    try {
      const lib = await dataSection(env)
      await lib.restore(backup, 'merge')
      expect(lib.notice).to.contain('新增 0 篇草稿，用备份中较新的替换 0 篇，保留这里的 1 篇')
      // A message would have arrived by the time a round trip through the channel has.
      const probe = new TabChannel(env.dbName)
      probe.post({ type: 'deleted', id: 'probe' })
      await waitUntil(() => heard.length > 0)
      probe.close()
      expect(heard).to.deep.equal([{ type: 'deleted', id: 'probe' }])
    } finally {
      channel.close()
    }
  })
})

describe('merging a backup when both computers changed a draft (tryout 11, finding A1)', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  let other: Store | null = null
  const otherName = `jianggao-test-other-${Date.now()}`
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    other?.close()
    other = null
    await deleteDB(otherName)
    await env.dispose()
  })

  const words = (extra: string) =>
    speechToJSON(
      importText(`全县卫生健康工作会议讲话\n同志们：\n开场。\n一、回顾\n全年出院患者4.50万人次。${extra}`).doc,
    )
  const B_SAYS = '（B机新增：家庭医生签约服务提质扩面。）'
  const C_SAYS = '（C机同事新增：村卫生室标准化建设全覆盖。）'
  const text = (d: DraftRecord) => JSON.stringify(d.speech)

  /**
   * The trial's B/C sequence: B backs up and C restores it; B adds a sentence at `bAt`, C adds
   * another at `cAt` (each computer's own clock) and backs up; B merges C's backup. Returns the
   * data section, after the question was read and 合并 chosen.
   */
  async function replay(bAt: number, cAt: number) {
    const b = env.app.store!
    await b.saveDraft({
      id: 'w',
      title: '全县卫生健康工作会议讲话',
      createdAt: 100,
      updatedAt: 1000,
      origin: 'import',
      speech: words(''),
    })
    other = await Store.open(otherName)
    await other.restore(parseBackup(JSON.stringify(await b.backup())))
    const onB = (await b.getDraft('w'))!
    await b.writeDraft({ ...onB, speech: words(B_SAYS), updatedAt: bAt }, onB.rev!)
    const onC = (await other.getDraft('w'))!
    await other.writeDraft({ ...onC, speech: words(C_SAYS), updatedAt: cAt }, onC.rev!)
    const fromC = JSON.stringify(await other.backup())
    const { lib, question } = await mergeFile(env, fromC)
    return { lib, question, drafts: await Promise.all((await b.listDrafts()).map((d) => b.getDraft(d.id))) }
  }

  it('C changed it later: C’s copy stays the draft, B’s own sentence is kept as 《…》（本机修改，合并前）, and both messages say so', async () => {
    const { lib, question, drafts } = await replay(2000, 3000)
    expect(question).to.contain('有 1 篇草稿（《全县卫生健康工作会议讲话》）在这里和备份里都改过')
    expect(drafts).to.have.length(2)
    const draft = drafts.find((d) => d!.id === 'w')!
    const copy = drafts.find((d) => d!.id !== 'w')!
    expect(text(draft)).to.contain(C_SAYS)
    expect(text(copy)).to.contain(B_SAYS)
    expect(copy.name).to.equal('《全县卫生健康工作会议讲话》（本机修改，合并前）')
    expect(result(lib)).to.contain(
      '1 篇两边都改过，两份都已保留：《全县卫生健康工作会议讲话》另一份另存为“《全县卫生健康工作会议讲话》（本机修改，合并前）”',
    )
  })

  it('B’s clock is ahead: B’s copy stays the draft and C’s sentence is kept beside it, named for the backup', async () => {
    const { drafts } = await replay(9000, 3000)
    expect(drafts).to.have.length(2)
    expect(text(drafts.find((d) => d!.id === 'w')!)).to.contain(B_SAYS)
    const copy = drafts.find((d) => d!.id !== 'w')!
    expect(text(copy)).to.contain(C_SAYS)
    expect(copy.name).to.equal('《全县卫生健康工作会议讲话》（备份中的修改，合并时另存）')
  })

  /** B and C each changed the draft (each at its own clock) since C restored B's backup. */
  async function bothChanged(bAt: number, cAt: number) {
    const b = env.app.store!
    await b.saveDraft({
      id: 'w',
      title: '全县卫生健康工作会议讲话',
      createdAt: 100,
      updatedAt: 1000,
      origin: 'import',
      speech: words(''),
    })
    const c = await Store.open(otherName)
    other = c
    await c.restore(parseBackup(JSON.stringify(await b.backup())))
    const onB = (await b.getDraft('w'))!
    await b.writeDraft({ ...onB, speech: words(B_SAYS), updatedAt: bAt }, onB.rev!)
    const onC = (await c.getDraft('w'))!
    await c.writeDraft({ ...onC, speech: words(C_SAYS), updatedAt: cAt }, onC.rev!)
    return { b, c }
  }
  const backupOf = async (store: Store) => parseBackup(JSON.stringify(await store.backup()))
  /** Every draft's words on a computer, each once: a second draft with the same words is a duplicate. */
  async function wordsOn(store: Store) {
    const drafts = await Promise.all((await store.listDrafts()).map((d) => store.getDraft(d.id)))
    const said = drafts.map((d) => (text(d!).includes(B_SAYS) ? 'B' : text(d!).includes(C_SAYS) ? 'C' : 'neither'))
    return said.sort()
  }

  for (const [clock, bAt, cAt] of [
    ['C’s clock ahead', 2000, 3000],
    ['B’s clock ahead', 9000, 3000],
  ] as const) {
    it(`a two-way exchange (${clock}): B’s backup merged into C, C’s merged back into B: each sentence once on B`, async () => {
      const { b, c } = await bothChanged(bAt, cAt)
      await c.mergeBackup(await backupOf(b))
      expect(await wordsOn(c)).to.deep.equal(['B', 'C'])
      await b.mergeBackup(await backupOf(c))
      expect(await wordsOn(b)).to.deep.equal(['B', 'C'])
    })

    it(`crossing merges (${clock}): each merged the other’s first backup, then B merges C’s again: no copy twice, and B is told it was already here`, async () => {
      const { b, c } = await bothChanged(bAt, cAt)
      const [fromB, fromC] = [await backupOf(b), await backupOf(c)]
      await b.mergeBackup(fromC)
      await c.mergeBackup(fromB)
      expect(await wordsOn(b)).to.deep.equal(['B', 'C'])
      const lib = await dataSection(env)
      await lib.restore(await backupOf(c), 'merge')
      expect(await wordsOn(b)).to.deep.equal(['B', 'C'])
      expect(lib.notice).to.match(/备份中有 1 篇的内容已在这里，没有重复保存：“[^”]+”与这里的“[^”]+”相同/)
    })
  }

  it('a browser whose storage is full still backs up, with the versions, though it cannot remember them', async () => {
    const b = env.app.store!
    await b.saveDraft({ id: 'w', title: '讲话', createdAt: 100, updatedAt: 5000, origin: 'import', speech: words('') })
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'settings') throw new DOMException('full', 'QuotaExceededError')
      return put.apply(this, args)
    }
    let backup: Awaited<ReturnType<Store['backup']>>
    try {
      backup = await b.backup()
    } finally {
      IDBObjectStore.prototype.put = put
    }
    expect(backup.drafts.map((d) => d.id)).to.deep.equal(['w'])
    expect(backup.crossed).to.deep.equal({ w: [versionOf(words(''))] })
  })

  it('only C changed it, with C’s clock behind B’s: C’s words are taken, no copy, no question about both sides', async () => {
    const b = env.app.store!
    await b.saveDraft({ id: 'w', title: '讲话', createdAt: 100, updatedAt: 5000, origin: 'import', speech: words('') })
    other = await Store.open(otherName)
    await other.restore(parseBackup(JSON.stringify(await b.backup())))
    const onC = (await other.getDraft('w'))!
    await other.writeDraft({ ...onC, speech: words(C_SAYS), updatedAt: 1000 }, onC.rev!)
    const backup = parseBackup(JSON.stringify(await other.backup()))
    expect(await b.changedOnBothSides(backup)).to.deep.equal({ drafts: [], meetings: [] })
    const r = await b.mergeBackup(backup)
    expect(r.replaced).to.deep.equal(['w'])
    expect(r.bothKept).to.deep.equal([])
    expect(text((await b.getDraft('w'))!)).to.contain(C_SAYS)
    expect(await b.listDrafts()).to.have.length(1)
  })

  // Tryout 13: the question said “两份都保留” for a draft whose other copy the merge then found
  // already here (“已在这里，没有重复保存”). The question now counts with the merge's own plan.
  it('the question before a merge says “两份都保留” only for what the merge keeps twice', async () => {
    const b = env.app.store!
    const draft = (id: string, extra: string, updatedAt: number, title = '全县卫生健康工作会议讲话') =>
      ({ id, title, createdAt: 100, updatedAt, origin: 'import', speech: words(extra) }) as const
    // Here: the draft with B's sentence (the later), and C's words already kept as a draft of their own.
    await b.saveDraft(draft('w', B_SAYS, 5000))
    await b.saveDraft(draft('kept', C_SAYS, 4000, '另存的一份'))
    // The backup: the same draft, with C's sentence; neither side has seen the other's words.
    other = await Store.open(otherName)
    await other.saveDraft(draft('w', C_SAYS, 3000))
    const fromC = JSON.stringify(await other.backup())
    const { lib, question } = await mergeFile(env, fromC)
    expect(result(lib)).to.contain('备份中有 1 篇的内容已在这里，没有重复保存')
    expect(result(lib)).to.not.contain('两份都已保留')
    expect(question, 'the question').to.not.contain('在这里和备份里都改过')
    expect(await wordsOn(b)).to.deep.equal(['B', 'C'])
  })
})

describe('merging a backup when both computers changed a meeting record', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  let other: Store | null = null
  const otherName = `jianggao-test-other-${Date.now()}`
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    other?.close()
    other = null
    await deleteDB(otherName)
    await env.dispose()
  })

  const B_PLACE = '县行政中心五楼第一会议室'
  const C_DEADLINE = { date: '2027-02-09', what: '交流发言材料报县农业农村局办公室' }

  /**
   * B keeps the meeting record and backs up; C restores it. Then B changes the place at `bAt`, or
   * not (bAt null), and C adds a deadline at `cAt` (each computer's own clock) and backs up; B
   * merges C's backup, after reading the question.
   */
  async function replay(bAt: number | null, cAt: number) {
    const b = env.app.store!
    const record = await storeExample(b)
    other = await Store.open(otherName)
    await other.restore(parseBackup(JSON.stringify(await b.backup())))
    if (bAt !== null) {
      const onB = (await b.getMeeting(record.id))!
      await b.writeMeeting({ ...onB, meeting: { ...onB.meeting, place: B_PLACE }, updatedAt: bAt }, onB.rev!)
    }
    const onC = (await other.getMeeting(record.id))!
    const deadlines = [...onC.meeting.deadlines, C_DEADLINE]
    await other.writeMeeting({ ...onC, meeting: { ...onC.meeting, deadlines }, updatedAt: cAt }, onC.rev!)
    const lib = await dataSection(env)
    chooseFile(lib, new File([JSON.stringify(await other.backup())], 'C.json'))
    await waitUntil(() => confirmDialog(lib).open, 'no question asked')
    const question = confirmDialog(lib).textContent ?? ''
    confirmDialog(lib).querySelector<HTMLButtonElement>('button.merge')!.click()
    await waitUntil(() => result(lib).includes('已合并备份'), 'not merged')
    return { id: record.id, question, said: result(lib), meetings: await b.listMeetings() }
  }
  const hasDeadline = (m: MeetingRecord) => m.meeting.deadlines.some((d) => d.what === C_DEADLINE.what)

  for (const [clock, bAt, cAt] of [
    ['C’s clock ahead', 2000, 3000],
    ['B’s clock ahead', 9000, 3000],
  ] as const)
    it(`both changed it (${clock}): both records are kept, the other named for where it came from, in the question and the message`, async () => {
      const { id, question, said, meetings } = await replay(bAt, cAt)
      expect(question).to.contain('有 1 份会议记录（“全县农业农村工作会议”）在这里和备份里都改过')
      expect(meetings).to.have.length(2)
      const kept = meetings.find((m) => m.id === id)!
      const copy = meetings.find((m) => m.id !== id)!
      const [later, earlier] = bAt > cAt ? ['here', 'backup'] : ['backup', 'here']
      expect(kept.meeting.place === B_PLACE, 'the place typed on B').to.equal(later === 'here')
      expect(hasDeadline(kept), 'the deadline added on C').to.equal(later === 'backup')
      expect(copy.meeting.place === B_PLACE).to.equal(earlier === 'here')
      expect(hasDeadline(copy)).to.equal(earlier === 'backup')
      const name = `全县农业农村工作会议（${earlier === 'here' ? '本机修改，合并前' : '备份中的修改，合并时另存'}）`
      expect(copy.meeting.name).to.equal(name)
      expect(kept.meeting.name).to.equal('全县农业农村工作会议')
      expect(said).to.contain(`1 份会议记录两边都改过，两份都已保留：“全县农业农村工作会议”另一份另存为“${name}”`)
    })

  for (const [clock, bAt, cAt] of [
    ['C’s clock ahead', 2000, 3000],
    ['B’s clock ahead', 9000, 3000],
  ] as const)
    it(`crossing merges (${clock}): each merged the other’s first backup, then B merges C’s again: no record kept twice`, async () => {
      const b = env.app.store!
      const record = await storeExample(b)
      const c = await Store.open(otherName)
      other = c
      await c.restore(parseBackup(JSON.stringify(await b.backup())))
      const onB = (await b.getMeeting(record.id))!
      await b.writeMeeting({ ...onB, meeting: { ...onB.meeting, place: B_PLACE }, updatedAt: bAt }, onB.rev!)
      const onC = (await c.getMeeting(record.id))!
      const deadlines = [...onC.meeting.deadlines, C_DEADLINE]
      await c.writeMeeting({ ...onC, meeting: { ...onC.meeting, deadlines }, updatedAt: cAt }, onC.rev!)
      const [fromB, fromC] = [JSON.stringify(await b.backup()), JSON.stringify(await c.backup())]
      await b.mergeBackup(parseBackup(fromC))
      await c.mergeBackup(parseBackup(fromB))
      const lib = await dataSection(env)
      await lib.restore(parseBackup(JSON.stringify(await c.backup())), 'merge')
      const held = (await b.listMeetings()).map((m) => (m.meeting.place === B_PLACE ? 'B' : hasDeadline(m) ? 'C' : '?'))
      expect(held.sort()).to.deep.equal(['B', 'C'])
      expect(lib.notice).to.match(/备份中有 1 份会议记录已在这里，没有重复保存：“[^”]+”与这里的“[^”]+”相同/)
    })

  it('only C changed it, with C’s clock behind B’s: C’s record is taken, no copy, no question about both sides', async () => {
    const { id, question, meetings } = await replay(null, 10)
    expect(question).not.to.contain('在这里和备份里都改过')
    expect(meetings).to.have.length(1)
    expect(meetings[0].id).to.equal(id)
    expect(hasDeadline(meetings[0])).to.equal(true)
  })
})

describe('another unit’s backup (tryout 11, finding A6)', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  /** The question asked when `file` is chosen, then cancelled: nothing is written. */
  async function questionFor(lib: JgBackup, fixture: string): Promise<string> {
    const file = new File([await (await fetch(`/test/fixtures/${fixture}`)).text()], fixture)
    chooseFile(lib, file)
    await waitUntil(() => confirmDialog(lib).open, 'no question asked')
    const asked = confirmDialog(lib).textContent ?? ''
    confirmDialog(lib).querySelector<HTMLButtonElement>('button.cancel')!.click()
    await waitUntil(() => result(lib).includes('没有恢复'), 'not cancelled')
    return asked
  }

  it('a 市场监管局 backup offered to a health bureau’s library: the question says it looks like another unit’s', async () => {
    const store = env.app.store!
    await store.restore(parseBackup(await (await fetch('/test/fixtures/backup-health-2026.json')).text()))
    const lib = await dataSection(env)
    const before = (await store.listDrafts()).length
    const asked = await questionFor(lib, 'backup-scjg-2026.json')
    expect(asked).to.contain('这份备份看来是别的单位的——它的讲稿和会议是“市场监管”方面的，这里的是“卫生健康”方面的')
    expect((await store.listDrafts()).length).to.equal(before)
    // The bureau's own backup, offered back: no such words.
    expect(await questionFor(lib, 'backup-health-2026.json')).not.to.contain('别的单位')
  })
})

describe('keeping the data', () => {
  const real = { persist: navigator.storage.persist, persisted: navigator.storage.persisted }
  afterEach(() => {
    Object.defineProperty(navigator.storage, 'persist', { value: real.persist, configurable: true })
    Object.defineProperty(navigator.storage, 'persisted', { value: real.persisted, configurable: true })
  })

  for (const granted of [true, false]) {
    it(`asks the browser to keep the drafts, and warns only when it will not (${granted ? 'granted' : 'refused'})`, async () => {
      let asked = false
      Object.defineProperty(navigator.storage, 'persisted', { value: async () => false, configurable: true })
      Object.defineProperty(navigator.storage, 'persist', {
        value: async () => {
          asked = true
          return granted
        },
        configurable: true,
      })
      const env = await mountApp()
      try {
        const lib = await library(env.app)
        await waitUntil(() => lib.persisted !== null, 'not asked')
        await lib.updateComplete
        expect(asked).to.equal(true)
        expect(lib.shadowRoot!.querySelector('.persist-warning') !== null).to.equal(!granted)
      } finally {
        await env.dispose()
      }
    })
  }
})

describe('a restore or a merge takes the replaced drafts’ write-ahead logs with them', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    localStorage.clear()
    await env.dispose()
  })

  /** Typed after the backup was made, in the session that made the backed-up save; never saved. */
  const LATE = '备份之后打的字'

  /**
   * A draft saved by session S (its mark: change 3), and S's log of change 4 (LATE), unsaved: what
   * a browser that died after the backup leaves in both copies of the log.
   */
  async function draftWithLog(title: string, updatedAt: number) {
    const doc = importText(`${title}\n同志们：\n开场。\n一、回顾\n正文。`).doc
    const record: DraftRecord = {
      ...newDraft(doc, 'import', updatedAt),
      walMark: { session: 'S', seq: 3, at: Date.now() - 60_000 },
    }
    await env.app.store!.saveDraft(record)
    let at = -1
    doc.descendants((n, pos) => {
      if (at < 0 && n.isText && n.text === '开场。') at = pos
    })
    const step = new Transform(doc).insert(at, doc.type.schema.text(LATE)).steps[0].toJSON()
    const log: WalRecord = { session: 'S', baseRev: 1, entries: [{ seq: 4, steps: [step] }], boxSeq: 0, at: Date.now() }
    return { record, log }
  }

  async function leaveLog(id: string, log: WalRecord) {
    localStorage.setItem(walKey(env.dbName, id), JSON.stringify(log))
    await env.app.store!.putWal(id, log)
  }

  /** Neither copy of the draft's log is left, and opening it shows none of LATE. */
  async function noLogComesBack(id: string) {
    expect(localStorage.getItem(walKey(env.dbName, id)), 'the localStorage copy').to.equal(null)
    expect(await env.app.store!.getWal(id), 'the durable copy').to.equal(undefined)
    location.hash = `#/draft/${id}`
    const page = await editorPage(env.app)
    await page.opened
    expect(page.editor!.state.doc.textContent).to.contain('开场。')
    expect(page.editor!.state.doc.textContent).not.to.contain(LATE)
    location.hash = '#/'
    await library(env.app)
  }

  it('a replace drops every log of the database, and no other database’s', async () => {
    const { record, log } = await draftWithLog('甲稿', 1_700_000_000_000)
    const backup = await env.app.store!.backup()
    await leaveLog(record.id, log)
    const elsewhere = walKey(`${env.dbName}:other`, record.id)
    localStorage.setItem(elsewhere, JSON.stringify(log))
    await (await dataSection(env)).restore(backup, 'replace')
    await noLogComesBack(record.id)
    expect(localStorage.getItem(elsewhere)).to.not.equal(null)
  })

  it('a merge keeps a draft typed here with its log, and drops the leftover log of one deleted here that it brings back', async () => {
    const store = env.app.store!
    const typed = await draftWithLog('乙稿', 1_700_000_000_000)
    const deleted = await draftWithLog('丙稿', 1_700_000_000_000)
    const backup = await store.backup()
    // The backup's copy of 乙稿 is the later one, its words the stored ones: but here 乙稿 has words
    // typed and not saved (its log). The merge keeps this copy and its log (review 27: it replaced
    // the copy and deleted the log, and the typing was gone without a word).
    backup.drafts = backup.drafts.map((d) => (d.id === typed.record.id ? { ...d, updatedAt: d.updatedAt + 1000 } : d))
    await leaveLog(typed.record.id, typed.log)
    await store.deleteDraft(deleted.record.id)
    // A page that died with 丙稿 open left its localStorage copy behind.
    localStorage.setItem(walKey(env.dbName, deleted.record.id), JSON.stringify(deleted.log))
    await (await dataSection(env)).restore(backup, 'merge')
    expect(await store.getWal(typed.record.id), 'the log of the draft typed here').to.not.equal(undefined)
    location.hash = `#/draft/${typed.record.id}`
    const page = await editorPage(env.app)
    await page.opened
    expect(page.editor!.state.doc.textContent).to.contain(LATE)
    location.hash = '#/'
    await library(env.app)
    await noLogComesBack(deleted.record.id)
  })
})
