import { expect, waitUntil } from '@open-wc/testing'
import type { JgLibrary } from '../../src/app/components/jg-library'
import { library, mountApp } from './helpers'
import { importText } from '../../src/core/import'
import { newDraft } from '../../src/app/drafts'
import { speechToJSON } from '../../src/core/serialize'
import type { DraftRecord } from '../../src/app/store/db'

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

function chooseFile(lib: JgLibrary, file: File) {
  const input = lib.shadowRoot!.querySelector<HTMLInputElement>('input.restore')!
  const dt = new DataTransfer()
  dt.items.add(file)
  input.files = dt.files
  input.dispatchEvent(new Event('change'))
}

const confirmDialog = (lib: JgLibrary) =>
  lib.shadowRoot!.querySelector('jg-confirm')!.shadowRoot!.querySelector('dialog')!

describe('backup and restore', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('backup, wipe, restore gives identical data, after asking', async () => {
    await seedDrafts(env, 3)
    const lib = await library(env.app)
    await lib.refresh()
    const before = await env.app.store!.backup()
    let saved: string | null = null
    lib.saveFile = (data) => {
      saved = data
    }
    lib.shadowRoot!.querySelector<HTMLButtonElement>('button.backup')!.click()
    await waitUntil(() => saved !== null, 'no backup written')
    // wipe: delete every draft and change the settings
    for (const d of before.drafts) await env.app.store!.deleteDraft(d.id)
    await env.app.store!.saveSettings({ charsPerMinute: 100, timeBoundPhrases: [], maxSentenceChars: 50 })
    await lib.refresh()
    chooseFile(lib, new File([saved!], 'backup.json', { type: 'application/json' }))
    await waitUntil(() => confirmDialog(lib).open, 'no question asked')
    expect(confirmDialog(lib).textContent).to.contain('备份')
    expect(confirmDialog(lib).textContent).to.contain('3 篇草稿')
    confirmDialog(lib).querySelector<HTMLButtonElement>('button.confirm')!.click()
    await waitUntil(() => lib.notice.includes('已从备份恢复 3 篇草稿'), 'not restored')
    const after = await env.app.store!.backup()
    // Identical but for the revision, which a restore raises so no open tab can save over it.
    const content = (drafts: typeof before.drafts) =>
      drafts.map(({ rev: _rev, ...d }: DraftRecord) => d).sort((a, b) => a.id.localeCompare(b.id))
    expect(content(after.drafts)).to.deep.equal(content(before.drafts))
    for (const d of after.drafts as DraftRecord[])
      expect(d.rev).to.be.greaterThan((before.drafts as DraftRecord[]).find((b) => b.id === d.id)!.rev!)
    expect(after.settings).to.deep.equal(before.settings)
    expect(lib.drafts!.length).to.equal(3)
  })

  it('a corrupt or foreign file changes nothing and says why', async () => {
    await seedDrafts(env, 2)
    const lib = await library(env.app)
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
      expect(confirmDialog(lib).open).to.equal(false)
      expect(await env.app.store!.backup()).to.deep.include({ drafts: before.drafts, settings: before.settings })
      lib.error = ''
    }
  })

  it('cancelling the question keeps the current data', async () => {
    await seedDrafts(env, 1)
    const lib = await library(env.app)
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
    await lib.updateComplete
    expect((await env.app.store!.backup()).drafts).to.deep.equal(before.drafts)
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
