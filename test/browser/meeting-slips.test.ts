/**
 * A secretary's slips the meeting pages must catch or prevent (tryout 3): a summary written as
 * the whole sentence, a meeting moved after its speech was dated, two years' speeches of one title.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { executeServerCommand } from '@web/test-runner-commands'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgGate } from '../../src/app/components/jg-gate'
import type { JgMeeting } from '../../src/app/components/jg-meeting'
import { newDraft } from '../../src/app/drafts'
import { importText } from '../../src/core/import'
import { speechToText } from '../../src/core/text'
import { checked, mountApp } from './helpers'
import { formOf, generate, meetingPage, messageBeside, openDraft, setField, storeExample } from './meeting-helpers'
import { meetingOfSpeech } from '../../src/app/meetings'
import { rollover } from '../../src/core/rollover'

type Env = Awaited<ReturnType<typeof mountApp>>
const shadow = (el: HTMLElement) => el.shadowRoot!

/** The record page of a stored meeting, opened by its address. */
async function openRecord(env: Env, id: string): Promise<JgMeeting> {
  location.hash = `#/meeting/${id}`
  const page = await meetingPage(env.app)
  await waitUntil(() => formOf(page)?.speeches.length || page.meetingId === id, 'record not loaded')
  return page
}

/** The findings the record page's 检查 lists, by rule. */
const recordFindings = (page: JgMeeting, rule: string) =>
  [...shadow(page).querySelectorAll(`.checks li[data-rule="${rule}"]`)].map((li) => li.textContent ?? '')

/** The findings an open draft's check panel lists, by rule. */
async function panelFindings(doc: JgEditor, rule: string): Promise<string[]> {
  const panel = shadow(doc).querySelector('jg-checks')!
  await panel.updateComplete
  return [...panel.shadowRoot!.querySelectorAll(`li[data-rule="${rule}"]`)].map((li) => li.textContent ?? '')
}

describe('slips in the meeting record', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    document.getElementById('jg-print')?.remove()
    await env.dispose()
  })

  it('a summary written as the whole sentence is read once; a summary that still doubles is an error and prints as 草稿', async () => {
    const store = env.app.store!
    const record = await storeExample(store, (m) => {
      m.items[1].who = [{ name: '周建国', title: '县水利局局长' }]
    })
    const page = await openRecord(env, record.id)
    await setField(
      page,
      'items.1.summary',
      '刚才，周建国局长作了讲话，全面总结了2026年全县水利工作，安排部署了2027年重点任务，大家要认真学习领会，抓好贯彻落实。',
    )
    const script = await openDraft(env.app, await generate(store, page.session!.record, 'script'))
    const text = speechToText(script.editor!.state.doc)
    // Her opening as she wrote it: 作了讲话, not the frame's 作了重要讲话 (tryout 14 C6).
    expect(text).to.contain(
      '刚才，周建国局长作了讲话，全面总结了2026年全县水利工作，安排部署了2027年重点任务，大家要认真学习领会，抓好贯彻落实。\n',
    )
    expect(text.match(/刚才/g)).to.have.length(1)
    expect(await panelFindings(script, 'meeting-repeat')).to.deep.equal([])

    // The office's own closing, which the script's frame says again: found, and the gate stops the print.
    const again = await openRecord(env, record.id)
    await setField(again, 'items.1.summary', '全面总结了2026年全县水利工作，希望大家结合实际抓好贯彻落实。')
    expect(recordFindings(again, 'meeting-repeat').join('')).to.contain('“抓好贯彻落实”说了两遍')
    const doubled = await openDraft(env.app, script.draftId)
    await waitUntil(
      () => speechToText(doubled.editor!.state.doc).includes('希望大家结合实际'),
      'the script did not follow the record',
    )
    await checked(doubled)
    await waitUntil(async () => (await panelFindings(doubled, 'meeting-repeat')).length === 1, 'repeat not shown')
    let printed = 0
    doubled.print = () => {
      printed++
    }
    shadow(doubled).querySelector<HTMLButtonElement>('button.print')!.click()
    const gate = shadow(doubled).querySelector<JgGate>('jg-gate')!
    await waitUntil(() => gate.shadowRoot!.querySelector('dialog')!.open, 'gate not shown')
    expect(gate.shadowRoot!.textContent).to.contain('说了两遍')
    gate.shadowRoot!.querySelector<HTMLButtonElement>('button.draft')!.click()
    await waitUntil(() => printed === 1, 'not printed as a draft')
    const pdf = await executeServerCommand<{ pages: string[] }, undefined>('print-pdf')
    expect(pdf!.pages[0]).to.contain('草稿')
  })

  it('a meeting moved to another day flags the linked speech’s date line, in the record and in the speech', async () => {
    const store = env.app.store!
    const text = (await (await fetch('/test/fixtures/meeting-speech-2027.txt')).text()).replace(
      '\n县长　张强',
      '\n（2027年2月12日，星期五）\n县长　张强',
    )
    const speech = newDraft(importText(text).doc, 'import')
    await store.saveDraft(speech)
    const record = await storeExample(store, (m) => {
      m.items[1].speech = speech.id
    })
    const page = await openRecord(env, record.id)
    await waitUntil(() => shadow(page).querySelector('.checks'), 'checks not shown')
    expect(recordFindings(page, 'meeting-speech-date')).to.deep.equal([])
    await setField(page, 'date', '2027年2月11日')
    await waitUntil(() => recordFindings(page, 'meeting-speech-date').length === 1, 'speech date not flagged')
    expect(recordFindings(page, 'meeting-speech-date')[0]).to.contain(
      '讲话稿的日期行写的是2027年2月12日（星期五），会议记录里的会议日期是2027年2月11日（星期四）',
    )
    const editor = await openDraft(env.app, speech.id)
    await waitUntil(() => editor.meeting.record, 'speech does not know its meeting')
    await waitUntil(
      async () => (await panelFindings(editor, 'meeting-speech-date')).length === 1,
      'speech date not flagged in the speech',
    )
  })

  it('a wrong weekday in the speech’s date line is one finding in the speech, and shown in the record', async () => {
    const store = env.app.store!
    const text = (await (await fetch('/test/fixtures/meeting-speech-2027.txt')).text()).replace(
      '\n县长　张强',
      '\n（2027年2月12日，星期四）\n县长　张强',
    )
    const speech = newDraft(importText(text).doc, 'import')
    await store.saveDraft(speech)
    const record = await storeExample(store, (m) => {
      m.items[1].speech = speech.id
    })
    const page = await openRecord(env, record.id)
    await waitUntil(() => recordFindings(page, 'meeting-speech-date').length === 1, 'weekday not flagged in the record')
    expect(recordFindings(page, 'meeting-speech-date')[0]).to.contain('2027年2月12日是星期五')
    const editor = await openDraft(env.app, speech.id)
    await waitUntil(() => editor.meeting.record, 'speech does not know its meeting')
    await editor.updateComplete
    expect(await panelFindings(editor, 'weekday')).to.have.length(1)
    expect(await panelFindings(editor, 'meeting-speech-date')).to.deep.equal([])
  })

  it('a speaker’s name slot left empty by the roll forward: the box is 未填, a marker stored before stops the export (tryout 12 A1)', async () => {
    const store = env.app.store!
    const text = (await (await fetch('/test/fixtures/meeting-speech-2027.txt')).text()).replace(
      '\n县长　张强',
      '\n县委常委、副县长　王建国',
    )
    const rolled = newDraft(rollover(importText(text).doc).doc, 'rollover')
    await store.saveDraft(rolled)
    const started = await openRecord(env, await meetingOfSpeech(store, rolled.id))
    const last = started.session!.record.meeting.items.length - 1
    await waitUntil(() => messageBeside(started, `items.${last}.who.0.name`), 'name box not marked')
    expect(messageBeside(started, `items.${last}.who.0.name`)).to.contain('未填')
    expect(JSON.stringify(started.session!.record.meeting)).not.to.contain('{{')

    // A record the roll forward filled with the marker before: the record and the agenda's gate say so.
    const record = await storeExample(store, (m) => {
      m.items[1].who = [{ title: '县委常委、副县长', name: '{{@县委常委、副县长}}' }]
    })
    location.hash = `#/meeting/${record.id}`
    const current = () => shadow(env.app).querySelector('jg-meeting')
    await waitUntil(() => current()?.session?.record.id === record.id, 'record not opened')
    const page = current()!
    await page.updateComplete
    await waitUntil(() => messageBeside(page, 'items.1.who.0.name'), 'marker not flagged in the record')
    expect(messageBeside(page, 'items.1.who.0.name')).to.contain('是占位符“{{@县委常委、副县长}}”')
    const agenda = await openDraft(env.app, await generate(store, page.session!.record, 'agenda'))
    await waitUntil(async () => (await panelFindings(agenda, 'meeting-placeholder')).length === 1, 'not in the agenda')
    const files: string[] = []
    agenda.saveFile = (_data, name) => {
      files.push(name)
    }
    shadow(agenda).querySelector<HTMLButtonElement>('button.export-docx')!.click()
    const gate = shadow(agenda).querySelector<JgGate>('jg-gate')!
    await waitUntil(() => gate.shadowRoot!.querySelector('dialog')!.open, 'gate not shown')
    expect(gate.shadowRoot!.textContent).to.contain('占位符“{{@县委常委、副县长}}”')
    expect(files).to.deep.equal([])
  })

  it('the speech choice tells two years’ drafts of one title apart by their years and when they changed', async () => {
    const store = env.app.store!
    const text = await (await fetch('/test/fixtures/meeting-speech-2027.txt')).text()
    const thisYear = newDraft(importText(text).doc, 'import', new Date(2027, 0, 20, 8, 30).getTime())
    const lastYear = newDraft(
      importText(text.replaceAll('2026年', '2025年').replaceAll('2027年', '2026年')).doc,
      'import',
      new Date(2026, 0, 18, 8, 30).getTime(),
    )
    expect(lastYear.title).to.equal(thisYear.title)
    await store.saveDraft(thisYear)
    await store.saveDraft(lastYear)
    const record = await storeExample(store)
    const page = await openRecord(env, record.id)
    const select = () => formOf(page).shadowRoot!.querySelector<HTMLSelectElement>('[data-path="items.1.speech"]')!
    await waitUntil(() => select().options.length === 3, 'drafts not offered')
    const option = (id: string) => [...select().options].find((o) => o.value === id)!.textContent!.trim()
    expect(option(thisYear.id)).to.contain('部署 2027 年')
    expect(option(lastYear.id)).to.contain('部署 2026 年')
    expect(option(thisYear.id)).to.contain('修改于 2027/1/20')
    expect(option(lastYear.id)).to.contain('修改于 2026/1/18')
    expect(option(thisYear.id)).to.not.equal(option(lastYear.id))
  })
})
