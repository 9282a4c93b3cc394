import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { TextSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgApp } from '../../src/app/components/jg-app'
import { importText } from '../../src/core/import'
import { newDraft } from '../../src/app/drafts'
import { rollDraft } from '../../src/app/rollover'
import { partsOf } from '../../src/core/outline'
import { findingKey } from '../../src/core/checks/types'
import type { DraftRecord, Store } from '../../src/app/store/db'
import { readWal, replayWal, walKey } from '../../src/app/session/wal'
import { speechFromJSON } from '../../src/core/serialize'
import { editorPage, imeType, mountApp, statusOf } from '../browser/helpers'
import {
  goneWithoutBlur,
  openWithEmptySlot,
  shownStatus,
  slotInput,
  slotValue,
  storedSlotValue,
  typeIntoSlot,
} from '../browser/slot-box-helpers'
import '../../src/app/components/jg-backup'
import type { PartKind } from '../../src/core/schema'
import { Tally } from './ledger'
import { expectLedger } from './ledger-browser'
import { versionOf } from '../../src/core/backup-versions'

const faults = new Tally('故障试验', '保存与编辑竞争、两个标签页、别处恢复、写到一半中断（浏览器）')

/** A test that is one fault trial: counted in RELIABILITY.md as kept or lost. */
function trialIt(name: string, run: () => Promise<void>) {
  faults.plan()
  it(name, () => faults.trial(name, run))
}

type Env = Awaited<ReturnType<typeof mountApp>>

/** A rolled-forward speech (so it has roll-over flags and findings), opened in the editor. */
async function openRolled(env: Env): Promise<{ page: JgEditor; id: string }> {
  const text = await (await fetch('/test/fixtures/agri-2023.txt')).text()
  const source = newDraft(importText(text).doc, 'import')
  await env.app.store!.saveDraft(source)
  const rolled = await rollDraft(env.app.store!, source, undefined)
  location.hash = `#/draft/${rolled.id}`
  return { page: await editorPage(env.app), id: rolled.id }
}

/** Store writes that wait while `held` is set: a save stays in flight as long as the test wants. */
function gateWrites(store: Store) {
  const real = store.writeDraft.bind(store)
  const waiting: (() => void)[] = []
  const failing: ((e: Error) => void)[] = []
  const gate = {
    held: false,
    /** Every write from now on fails, as one cut short by a crash would. */
    broken: false,
    inFlight: 0,
    release() {
      gate.held = false
      for (const go of waiting.splice(0)) go()
      failing.length = 0
    },
    fail() {
      gate.broken = true
      for (const stop of failing.splice(0)) stop(new DOMException('The transaction was aborted.', 'AbortError'))
      waiting.length = 0
    },
  }
  store.writeDraft = async (d, rev) => {
    gate.inFlight++
    try {
      if (gate.broken) throw new DOMException('The transaction was aborted.', 'AbortError')
      if (gate.held)
        await new Promise<void>((go, stop) => {
          waiting.push(go)
          failing.push(stop)
        })
      return await real(d, rev)
    } finally {
      gate.inFlight--
    }
  }
  return gate
}

/** A small deterministic random source, so a failing interleaving can be replayed. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function cursorToEndOfOpening(page: JgEditor) {
  const ed = page.editor!
  let end = -1
  ed.state.doc.forEach((node, pos) => {
    if (node.type.name === 'opening') end = pos + node.nodeSize - 2
  })
  ed.run((state, dispatch) => {
    dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, end)))
    return true
  })
  ed.editorView!.focus()
}

const shadow = (page: JgEditor) => page.shadowRoot!

async function showSide(page: JgEditor, tab: 'checks' | 'rollover') {
  shadow(page).querySelector<HTMLButtonElement>(`button.tab-${tab}`)!.click()
  await page.updateComplete
}

describe('one writer for an open draft', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  for (const seed of [20261126, 7, 42, 1999])
    trialIt(
      `keeps every edit of every kind when they race with saves in flight (interleaving ${seed}), across a reload`,
      async () => {
        const { page, id } = await openRolled(env)
        const gate = gateWrites(env.app.store!)
        const typed: string[] = []
        const done = new Set<number>()
        const ignored = new Set<string>()
        const kinds = new Map<number, PartKind>()
        const layouts: string[] = []
        const log: string[] = []
        const rnd = random(seed)
        const actions = ['type', 'type', 'done', 'ignore', 'kind', 'layout', 'hold', 'release', 'flush'] as const
        for (let step = 0; step < 60; step++) {
          const action = actions[Math.floor(rnd() * actions.length)]
          log.push(action)
          switch (action) {
            case 'type': {
              const token = `Q${step}`
              cursorToEndOfOpening(page)
              await sendKeys({ type: token })
              typed.push(token)
              break
            }
            case 'done': {
              await showSide(page, 'rollover')
              const report = shadow(page).querySelector('jg-rollover-report')!
              await report.updateComplete
              const items = [...report.shadowRoot!.querySelectorAll('li')]
              const open = items.findIndex((li) => li.querySelector('button.done'))
              if (open < 0) break
              items[open].querySelector<HTMLButtonElement>('button.done')!.click()
              done.add(open)
              break
            }
            case 'ignore': {
              await showSide(page, 'checks')
              const checks = shadow(page).querySelector('jg-checks')!
              await checks.updateComplete
              const first = checks.run?.findings[0]
              const button = checks.shadowRoot!.querySelector<HTMLButtonElement>('li button.ignore')
              if (!button || !first) break
              button.click()
              ignored.add(findingKey(first))
              break
            }
            case 'kind': {
              const outline = shadow(page).querySelector('jg-outline')!
              await outline.updateComplete
              const selects = [...outline.shadowRoot!.querySelectorAll<HTMLSelectElement>('select.kind')]
              const i = Math.floor(rnd() * selects.length)
              const kind = (['review', 'tasks', 'requirements', 'other'] as const)[Math.floor(rnd() * 4)]
              selects[i].value = kind
              selects[i].dispatchEvent(new Event('change'))
              kinds.set(i, kind)
              break
            }
            case 'layout': {
              const select = shadow(page).querySelector<HTMLSelectElement>('select.layout')!
              select.value = select.value === 'gongwen' ? 'reading' : 'gongwen'
              select.dispatchEvent(new Event('change'))
              layouts.push(select.value)
              break
            }
            case 'hold':
              gate.held = true
              break
            case 'release':
              gate.release()
              break
            case 'flush':
              void page.flush()
              break
          }
          await page.updateComplete
          // Let a scheduled save start now and then, so edits land both before and during writes.
          if (rnd() < 0.4) await new Promise((r) => setTimeout(r, rnd() * 60))
        }
        gate.release()
        await page.flush()
        await waitUntil(() => statusOf(page) === '已保存', `not saved after ${log.join(' ')}`)
        expect(gate.inFlight).to.equal(0)

        const record = (await env.app.store!.getDraft(id))!
        const again = await editorPage((await env.reload()).app)
        const text = again.editor!.state.doc.textContent
        for (const token of typed) expect(text, `typed ${token} lost after ${log.join(' ')}`).to.contain(token)
        expect(new Set(record.rollover!.done)).to.deep.equal(done)
        for (const key of ignored) expect(record.checks!.ignored).to.include(key)
        const parts = partsOf(again.editor!.state.doc).filter((p) => p.number)
        for (const [i, kind] of kinds) expect(parts[i].kind, `part ${i + 1}`).to.equal(kind)
        if (layouts.length) expect(record.layout).to.equal(layouts.at(-1))
        expect(log.filter((a) => a === 'hold').length, 'the interleaving held saves in flight').to.be.greaterThan(2)
        const count = (a: string) => log.filter((x) => x === a).length
        console.log(
          `interleaving ${seed}: ${typed.length} typings, ${done.size} flags done, ${ignored.size} ignored, ${count('kind')} kind changes, ${layouts.length} layouts, ${count('hold')} holds, ${count('flush')} flushes; lost 0`,
        )
      },
    )

  trialIt('a second tab on the same draft opens read-only, and takes over only after the first has saved', async () => {
    const { page: first, id } = await openRolled(env)
    cursorToEndOfOpening(first)
    await sendKeys({ type: 'FIRSTTAB' })
    // A second app on the same database and draft: another tab, as far as locks and messages go.
    const second = document.createElement('jg-app') as JgApp
    second.setAttribute('db-name', env.dbName)
    document.body.append(second)
    try {
      const other = await editorPage(second)
      await waitUntil(() => statusOf(other) === '只读', 'second tab not read-only')
      expect(shadow(other).querySelector('.save-error.readonly')!.textContent).to.contain('另一个标签页')
      // nothing can be typed there
      expect(other.editor!.editorView!.dom.getAttribute('contenteditable')).to.equal('false')
      shadow(other).querySelector<HTMLButtonElement>('button.take-over')!.click()
      await waitUntil(() => statusOf(other) === '已保存', 'take-over did not finish')
      await waitUntil(() => statusOf(first) === '只读', 'first tab did not hand over')
      expect(first.editor!.editorView!.dom.getAttribute('contenteditable')).to.equal('false')
      expect(other.editor!.state.doc.textContent).to.contain('FIRSTTAB')
      other.editor!.editorView!.focus()
      cursorToEndOfOpening(other)
      await sendKeys({ type: 'SECONDTAB' })
      await other.flush()
      expect(statusOf(other)).to.equal('已保存')
      const stored = await env.app.store!.getDraft(id)
      expect(JSON.stringify(stored!.speech)).to.contain('FIRSTTABSECONDTAB')
    } finally {
      second.remove()
    }
  })

  trialIt('a tab that handed its draft over has it back, with the newer text, once the other tab closes', async () => {
    const { page: first, id } = await openRolled(env)
    const second = document.createElement('jg-app') as JgApp
    second.setAttribute('db-name', env.dbName)
    document.body.append(second)
    try {
      const other = await editorPage(second)
      shadow(other).querySelector<HTMLButtonElement>('button.take-over')!.click()
      await waitUntil(() => statusOf(other) === '已保存', 'take-over did not finish')
      await waitUntil(() => statusOf(first) === '只读', 'first tab did not hand over')
      // The first tab can ask for it back at any time.
      expect(shadow(first).querySelector('button.take-over')).not.to.equal(null)
      cursorToEndOfOpening(other)
      other.editor!.editorView!.focus()
      await sendKeys({ type: 'SECONDTAB' })
      await other.flush()
      second.remove()
      await waitUntil(() => first.session!.editable, 'the first tab did not take the draft back')
      await first.updateComplete
      expect(statusOf(first)).to.equal('已保存')
      expect(first.editor!.editorView!.dom.getAttribute('contenteditable')).to.equal('true')
      expect(first.editor!.state.doc.textContent, 'the text the other tab saved').to.contain('SECONDTAB')
      // The page goes away before anything typed here is saved: the write-ahead copy has it, logged
      // against the revision the other tab saved.
      const gate = gateWrites(env.app.store!)
      gate.held = true
      cursorToEndOfOpening(first)
      first.editor!.editorView!.focus()
      await sendKeys({ type: 'BACKHERE' })
      gate.fail()
      const next = await env.reload()
      const again = await editorPage(next.app)
      expect(again.editor!.state.doc.textContent).to.contain('SECONDTABBACKHERE')
      await again.flush()
      expect(JSON.stringify((await next.app.store!.getDraft(id))!.speech)).to.contain('SECONDTABBACKHERE')
    } finally {
      second.remove()
    }
  })

  trialIt('refuses a save based on an old revision, says so, and keeps the text', async () => {
    const { page, id } = await openRolled(env)
    // Another writer moved the stored record on (as a tab without Web Locks would).
    const stored = (await env.app.store!.getDraft(id))!
    await env.app.store!.writeDraft({ ...stored, title: '别处改过' }, stored.rev!)
    cursorToEndOfOpening(page)
    await sendKeys({ type: 'STALE' })
    await page.flush()
    await waitUntil(() => statusOf(page) === '只读', 'stale save not refused')
    expect(shadow(page).querySelector('.save-error.readonly')!.textContent).to.contain('没有保存')
    expect(page.editor!.state.doc.textContent).to.contain('STALE')
    expect((await env.app.store!.getDraft(id))!.title).to.equal('别处改过')
    // what the page holds can still be kept, as a new draft
    shadow(page).querySelector<HTMLButtonElement>('button.save-as-new')!.click()
    await waitUntil(() => !location.hash.endsWith(id), 'not saved as new')
    const copy = await editorPage(env.app)
    expect(copy.editor!.state.doc.textContent).to.contain('STALE')
  })

  trialIt('stops saving when another tab restores a backup, and says so', async () => {
    const { page, id } = await openRolled(env)
    const backup = await env.app.store!.backup()
    const other = await mountOther(env.dbName)
    try {
      const lib = document.createElement('jg-backup')
      lib.store = other.store!
      document.body.append(lib)
      await lib.updateComplete
      await lib.restore(backup, 'replace')
      await waitUntil(() => statusOf(page) === '只读', 'open tab did not learn of the restore')
      cursorToEndOfOpening(page)
      await sendKeys({ type: 'AFTER' })
      await page.flush()
      expect(JSON.stringify((await env.app.store!.getDraft(id))!.speech)).not.to.contain('AFTER')
      lib.remove()
    } finally {
      other.remove()
    }
  })

  trialIt('a merged backup stops only the tabs whose draft it replaced', async () => {
    const { page, id } = await openRolled(env)
    const stored = (await env.app.store!.getDraft(id))!
    const backup = await env.app.store!.backup()
    const other = await mountOther(env.dbName)
    const lib = document.createElement('jg-backup')
    lib.store = other.store!
    document.body.append(lib)
    await lib.updateComplete
    try {
      // The backup's copy of the open draft is older: kept here, the tab goes on saving.
      const older = { ...backup, drafts: [{ ...stored, updatedAt: stored.updatedAt - 1000, title: '旧的' }] }
      await lib.restore(older, 'merge')
      expect(lib.notice).to.contain('保留这里的 1 篇')
      cursorToEndOfOpening(page)
      await sendKeys({ type: 'KEPT' })
      await page.flush()
      expect(statusOf(page)).to.equal('已保存')
      expect(JSON.stringify((await env.app.store!.getDraft(id))!.speech)).to.contain('KEPT')
      // A copy from a computer that had the words typed here and changed them replaces it (the
      // backup says it saw them: backup-versions.ts): the tab learns of it and stops saving.
      const here = (await env.app.store!.getDraft(id))!
      const newer = {
        ...backup,
        drafts: [{ ...stored, updatedAt: Date.now() + 60_000, title: '备份里较新的' }],
        crossed: { [id]: [versionOf(here.speech)] },
      }
      await lib.restore(newer, 'merge')
      expect(lib.notice).to.contain('替换 1 篇')
      await waitUntil(() => statusOf(page) === '只读', 'open tab did not learn its draft was replaced')
      await sendKeys({ type: 'LOST' })
      await page.flush()
      const after = (await env.app.store!.getDraft(id))!
      expect(after.title).to.equal('备份里较新的')
      expect(JSON.stringify(after.speech)).not.to.contain('LOST')
    } finally {
      lib.remove()
      other.remove()
    }
  })

  it('opens a draft whose settings are broken, with defaults, and says which were reset', async () => {
    const { id } = await openRolled(env)
    const store = env.app.store! as unknown as { db: { put(s: string, v: unknown): Promise<unknown> } }
    await store.db.put('settings', {
      key: 'app',
      value: { charsPerMinute: 'fast', timeBoundPhrases: 3, maxSentenceChars: 80 },
    })
    expect(location.hash).to.equal(`#/draft/${id}`)
    const page = await editorPage((await env.reload()).app)
    const notice = shadow(page).querySelector('.notice')!.textContent!
    expect(notice).to.contain('语速')
    expect(notice).to.contain('有时效的提法')
    expect(page.settings.settings.charsPerMinute).to.equal(200)
    expect(page.settings.settings.maxSentenceChars).to.equal(80)
  })

  trialIt('replays what the write-ahead copy holds when the page went away before the save', async () => {
    const { page, id } = await openRolled(env)
    const gate = gateWrites(env.app.store!)
    gate.held = true
    cursorToEndOfOpening(page)
    await sendKeys({ type: 'LASTWORDS' })
    await waitUntil(() => gate.inFlight > 0, 'no save started')
    const stored = (await env.app.store!.getDraft(id)) as DraftRecord
    expect(JSON.stringify(stored.speech)).not.to.contain('LASTWORDS')
    const wal = readWal(localStorage, walKey(env.dbName, id))!
    const replayed = replayWal(wal, speechFromJSON(stored.speech), stored.rev!, undefined)!
    expect(replayed.doc.textContent).to.contain('LASTWORDS')
    // The write is cut short and the page goes away (a crash, as far as the store knows).
    gate.fail()
    const next = await env.reload()
    const again = await editorPage(next.app)
    expect(again.editor!.state.doc.textContent).to.contain('LASTWORDS')
    expect(shadow(again).querySelector('.notice')!.textContent).to.contain('已恢复')
    await again.flush()
    const saved = (await next.app.store!.getDraft(id)) as DraftRecord
    expect(JSON.stringify(saved.speech)).to.contain('LASTWORDS')
    expect(localStorage.getItem(walKey(env.dbName, id))).to.equal(null)
  })

  trialIt(
    'a page that goes away inside an IME composition comes back with what was committed, not the pinyin',
    async () => {
      const { page, id } = await openRolled(env)
      const gate = gateWrites(env.app.store!)
      cursorToEndOfOpening(page)
      await sendKeys({ type: 'BEFORE' })
      await page.flush()
      gate.held = true
      // She is still choosing a word: the pinyin is in the text, and not yet hers.
      await imeType(['j', 'ji', 'jiu'], null)
      await waitUntil(
        () => page.editor!.state.doc.textContent.includes('BEFOREjiu'),
        'the composition is not in the text',
      )
      const stored = (await env.app.store!.getDraft(id)) as DraftRecord
      expect(JSON.stringify(stored.speech)).to.contain('BEFORE')
      const logged = () =>
        replayWal(
          readWal(localStorage, walKey(env.dbName, id)) ?? { session: '', baseRev: stored.rev!, entries: [], at: 0 },
          speechFromJSON(stored.speech),
          stored.rev!,
          stored.walMark,
        )?.doc.textContent ?? ''
      expect(logged()).not.to.contain('jiu')
      // Nor does the pause save the pinyin: the pause (400 ms) and the steady-typing wait (1.5 s) go
      // by twice with no save started (what must not happen can only be waited for).
      await new Promise((done) => setTimeout(done, 3000))
      expect(gate.inFlight).to.equal(0)
      // A save starts inside the composition (the page hidden, a reload): it stores the text as it
      // was before the composition, and its mark leaves the composition's steps to the log.
      const saving = page.flush()
      await waitUntil(() => gate.inFlight > 0, 'no save started')
      gate.release()
      await saving
      const inside = JSON.stringify((await env.app.store!.getDraft(id))!.speech)
      expect(inside).to.contain('BEFORE')
      expect(inside).not.to.contain('jiu')
      await imeType([], '就')
      await waitUntil(() => page.editor!.state.doc.textContent.includes('BEFORE就'), 'the word was not committed')
      // The page goes away before the save of the committed word.
      gate.fail()
      const next = await env.reload()
      const again = await editorPage(next.app)
      const text = again.editor!.state.doc.textContent
      expect(text).to.contain('BEFORE就')
      expect(text).not.to.contain('jiu')
      expect(text.split('BEFORE').length).to.equal(2)
    },
  )

  trialIt('replays words typed after a save when the page goes away before the next one', async () => {
    const { page, id } = await openRolled(env)
    cursorToEndOfOpening(page)
    await sendKeys({ type: 'SAVEDFIRST' })
    await page.flush()
    expect(statusOf(page)).to.equal('已保存')
    cursorToEndOfOpening(page)
    await sendKeys({ type: 'AFTERSAVE' })
    // Every write from now on is cut short, and the page goes away (a crash, as far as the store knows).
    gateWrites(env.app.store!).fail()
    const next = await env.reload()
    const again = await editorPage(next.app)
    expect(again.editor!.state.doc.textContent).to.contain('SAVEDFIRSTAFTERSAVE')
    await again.flush()
    expect(JSON.stringify((await next.app.store!.getDraft(id))!.speech)).to.contain('SAVEDFIRSTAFTERSAVE')
  })

  trialIt('keeps a figure typed into a slot’s open input across a reload, and says 未保存 until it is in', async () => {
    const { page, id, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(page, slot.pos, '10.2')
    await page.flush()
    expect(statusOf(page), 'a figure in an open input is not stored').to.equal('有未保存的修改')
    expect(page.session!.unsaved).to.equal(true)
    // A reload: the page is hidden and goes away, the input still open.
    const blurs = goneWithoutBlur()
    dispatchEvent(new Event('pagehide'))
    const next = await env.reload()
    blurs()
    const again = await editorPage(next.app)
    await again.opened
    expect(slotValue(again, slot.pos)).to.equal('10.2')
    expect(slotInput(again), 'the figure went in as leaving the input puts it in').to.equal(null)
    const notice = shadow(again).querySelector('.notice')!
    expect(notice.textContent).to.contain('10.2')
    await again.flush()
    expect(statusOf(again)).to.equal('已保存')
    expect(await storedSlotValue(next.app.store!, id, slot.pos)).to.equal('10.2')
    expect(localStorage.getItem(walKey(env.dbName, id))).to.equal(null)
    // The notice is closed once read.
    notice.querySelector<HTMLButtonElement>('button.dismiss')!.click()
    await again.updateComplete
    expect(shadow(again).querySelector('.notice')).to.equal(null)
  })

  trialIt(
    'after a crash, puts back what a slot’s input held, open and saying why when it is not a number',
    async () => {
      const { page, id, slot } = await openWithEmptySlot(env)
      await typeIntoSlot(page, slot.pos, '10.2x')
      // Every write is cut short and the page goes away with no event at all.
      gateWrites(env.app.store!).fail()
      const blurs = goneWithoutBlur()
      const next = await env.reload()
      blurs()
      // Not waiting for the checks: they wait while a slot's input is open (checks-plugin CatchUp), and it is.
      const again = await editorPage(next.app, { checked: false })
      await again.opened
      const input = slotInput(again)!
      expect(input.value).to.equal('10.2x')
      expect(input.validationMessage).to.contain('不是数字')
      expect(slotValue(again, slot.pos)).to.equal(null)
      expect(await shownStatus(again)).to.equal('有未保存的修改')
      // Put right, it goes in and is stored.
      input.value = '10.2'
      input.dispatchEvent(new Event('input'))
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }))
      await again.flush()
      expect(statusOf(again)).to.equal('已保存')
      expect(await storedSlotValue(next.app.store!, id, slot.pos)).to.equal('10.2')
    },
  )

  it('says 未保存 while a slot’s input holds a new figure, and 已保存 once it is given up or entered', async () => {
    const { page, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(page, slot.pos, '7')
    expect(await shownStatus(page)).to.equal('有未保存的修改')
    slotInput(page)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    // The record held what the input held: it is saved again without it.
    await page.flush()
    expect(await shownStatus(page)).to.equal('已保存')
    await typeIntoSlot(page, slot.pos, '8')
    slotInput(page)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }))
    expect(slotValue(page, slot.pos)).to.equal('8')
    await page.flush()
    expect(statusOf(page)).to.equal('已保存')
  })

  it('RELIABILITY.md shows what was measured', () => expectLedger(faults))
})

/** Another app element on the same database (another tab, as far as storage is concerned). */
async function mountOther(dbName: string): Promise<JgApp> {
  const app = document.createElement('jg-app') as JgApp
  app.setAttribute('db-name', dbName)
  app.style.display = 'none'
  document.body.append(app)
  await waitUntil(() => app.store !== null, 'storage did not open')
  return app
}
