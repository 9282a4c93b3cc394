import { expect, waitUntil } from '@open-wc/testing'
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands'
import { NodeSelection } from 'prosemirror-state'
import type { JgApp } from '../../src/app/components/jg-app'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgImport } from '../../src/app/components/jg-import'
import type { JgMeeting } from '../../src/app/components/jg-meeting'
import { importInWorker } from '../../src/app/import/client'
import { speechFromJSON } from '../../src/core/serialize'
import { speechToText } from '../../src/core/text'
import { MEETING_DOC_KINDS, type MeetingDocKind } from '../../src/core/meeting'
import { editorPage, library, locksOn, mountApp, reattachWhileOpening } from './helpers'
import {
  chip,
  clickForm,
  formOf,
  generate,
  meetingPage,
  messageBeside,
  openDraft,
  otherTab,
  pageStatus,
  setField,
  storeExample,
} from './meeting-helpers'
import type { JgGate } from '../../src/app/components/jg-gate'
import type { JgMeetingPanel } from '../../src/app/components/jg-meeting-panel'
import { newDraft } from '../../src/app/drafts'
import { generateMeetingDocument } from '../../src/app/meetings'
import { walKey } from '../../src/app/session/wal'
import { importText } from '../../src/core/import'

type Env = Awaited<ReturnType<typeof mountApp>>
const flat = (s: string) => s.replace(/\s/g, '')

/** Each of `parts` is in the text, each after the one before. */
function expectInOrder(text: string, parts: string[]) {
  let at = 0
  for (const part of parts) {
    const found = flat(text).indexOf(flat(part), at)
    expect(found, `“${part}” after ${at} in ${flat(text)}`).to.be.at.least(0)
    at = found + flat(part).length
  }
}

/** Import a speech through the library's import dialog, as a user does; the editor opens on it. */
async function importSpeech(app: JgApp, fixture: string): Promise<JgEditor> {
  const lib = await library(app)
  lib.shadowRoot!.querySelector<HTMLButtonElement>('button.import')!.click()
  const dialog = lib.shadowRoot!.querySelector<JgImport>('jg-import')!
  await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'import dialog did not open', {
    timeout: 5000,
  })
  const res = await fetch(`/test/fixtures/${fixture}`)
  const input = dialog.shadowRoot!.querySelector<HTMLInputElement>('input.file')!
  const dt = new DataTransfer()
  dt.items.add(new File([await res.arrayBuffer()], fixture))
  input.files = dt.files
  input.dispatchEvent(new Event('change'))
  await waitUntil(() => dialog.shadowRoot!.querySelector('button.create'), 'no preview', { timeout: 10000 })
  dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.create')!.click()
  return editorPage(app)
}

/** Open one of the meeting's documents from the record page. */
async function openDocument(env: Env, meeting: JgMeeting, kind: MeetingDocKind): Promise<JgEditor> {
  const selector = `.docs li[data-kind="${kind}"] a.open`
  await waitUntil(() => meeting.shadowRoot!.querySelector(selector), `${kind} not listed`)
  const link = meeting.shadowRoot!.querySelector<HTMLAnchorElement>(selector)!
  location.hash = link.getAttribute('href')!
  return editorPage(env.app)
}

const shadow = (el: HTMLElement) => el.shadowRoot!

/** Answer the record page's question (remove an item?), and wait for what follows to be stored. */
async function answer(page: JgMeeting, yes: boolean) {
  const confirm = shadow(page).querySelector('jg-confirm')!
  await waitUntil(() => confirm.shadowRoot!.querySelector('dialog')!.open, 'no question asked')
  confirm.shadowRoot!.querySelector<HTMLButtonElement>(yes ? 'button.confirm' : 'button.cancel')!.click()
  await waitUntil(() => !page.session!.unsaved, 'not stored')
  await page.updateComplete
  await formOf(page).updateComplete
}

describe('the meeting record and its three documents', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    document.getElementById('jg-print')?.remove()
    await env.dispose()
  })

  it('from the seed speech through the UI: fill the record, generate the notice, agenda and script, print each to PDF and export .docx', async () => {
    const speech = await importSpeech(env.app, 'seed-hrss-2022.txt')
    const speechId = speech.draftId
    shadow(speech).querySelector<HTMLButtonElement>('button.meeting')!.click()
    const page = await meetingPage(env.app)
    // Read from the speech: the name from its subtitle, the opening's items, the speech last and linked.
    expect(page.session!.meeting.name).to.equal('全县人力资源和社会保障工作会议')
    expect(page.session!.meeting.items.map((i) => i.action)).to.deep.equal(['宣读', '表彰', '讲话', '讲话', '讲话'])
    expect(page.session!.meeting.items[4].speech).to.equal(speechId)
    expect(shadow(page).querySelector('.banner.notes')!.textContent).to.contain('会议名称取自副标题')

    // Dates and times as people type them; a date that does not exist is refused beside its field.
    await setField(page, 'date', '2022年2月30日')
    expect(shadow(formOf(page)).querySelector('[data-path="date"]')!.closest('.field')!.textContent).to.contain(
      '不是有效的日期',
    )
    expect(page.session!.meeting.date).to.equal('')
    await setField(page, 'date', '2022/2/18')
    await setField(page, 'start', '9：00')
    await setField(page, 'place', '县行政中心三楼会议室')
    await setField(page, 'organiser', '县人力资源和社会保障局')
    await setField(page, 'issued', '2022年2月10日')
    await setField(page, 'chair.title', '副局长')
    await setField(page, 'chair.name', '刘红')
    await clickForm(page, 'button.add-attendee')
    await setField(page, 'attendees.0', '各乡镇分管人社工作的负责同志')
    await clickForm(page, 'button.add-attendee')
    await setField(page, 'attendees.1', '县人社局全体干部职工')
    await clickForm(page, 'button.add-deadline')
    await setField(page, 'deadlines.0.date', '2022-02-15')
    await setField(page, 'deadlines.0.what', '参会人员名单报局办公室')
    await setField(page, 'items.0.who.0.title', '局办公室主任')
    await setField(page, 'items.0.who.0.name', '李华')
    await setField(page, 'items.0.what', '县政府对全县人社工作的批示')
    // The two speeches read from the opening are not this meeting's: drop them (each asked first).
    await clickForm(page, '.item[data-index="3"] button.remove')
    await answer(page, false)
    expect(page.session!.meeting.items).to.have.length(5)
    await clickForm(page, '.item[data-index="3"] button.remove')
    await answer(page, true)
    await clickForm(page, '.item[data-index="2"] button.remove')
    await answer(page, true)
    await clickForm(page, '.item[data-index="2"] button.add-speaker')
    expect(page.session!.meeting.items[2].who).to.have.length(1)
    await setField(page, 'items.2.who.0.title', '局长')
    await setField(page, 'items.2.who.0.name', '张强')
    await setField(page, 'items.2.summary', '全面总结了去年的工作，对今年的任务作了具体部署，讲得很全面。')
    const m = page.session!.meeting
    expect(m.date).to.equal('2022-02-18')
    expect(m.start).to.equal('09:00')
    expect(shadow(formOf(page)).querySelector('[data-path="date"]')!.closest('.field')!.textContent).to.contain(
      '星期五',
    )
    expect(m.items.map((i) => i.action)).to.deep.equal(['宣读', '表彰', '讲话'])
    // Only the confirmed removals happened; the stored record is the one shown.
    expect((await env.app.store!.getMeeting(page.meetingId))!.meeting).to.deep.equal(m)

    for (const kind of MEETING_DOC_KINDS) {
      shadow(page).querySelector<HTMLButtonElement>(`.docs li[data-kind="${kind}"] button.generate`)!.click()
      await waitUntil(() => shadow(page).querySelector(`.docs li[data-kind="${kind}"] a.open`), `${kind} not generated`)
    }
    // Nothing in the record or across the documents is inconsistent.
    expect(shadow(page).querySelector('.checks .none')).to.not.equal(null)

    const items = {
      notice: ['1.局办公室主任李华宣读县政府对全县人社工作的批示；', '2.表彰2021年度全县', '3.局长张强讲话。'],
      agenda: ['一、局办公室主任李华宣读县政府对全县人社工作的批示', '二、表彰2021年度全县', '三、局长张强讲话'],
      script: [
        '今天的会议有三项议程',
        '下面进行会议第一项议程，请局办公室主任李华同志宣读县政府对全县人社工作的批示。',
        '下面进行会议第二项议程，表彰2021年度全县',
        '下面进行会议第三项议程，请局长张强同志讲话。',
        '刚才，张强局长作了重要讲话，全面总结了去年的工作',
        '散会。',
      ],
    }
    const titles = {
      notice: '关于召开2022年全县人力资源和社会保障工作会议的通知',
      agenda: '2022年全县人力资源和社会保障工作会议议程',
      script: '2022年全县人力资源和社会保障工作会议主持词',
    }
    const meetingHash = location.hash
    for (const kind of MEETING_DOC_KINDS) {
      location.hash = meetingHash
      const doc = await openDocument(env, await meetingPage(env.app), kind)
      // The notice and the agenda in the 公文 layout, the script in the reading one.
      expect(shadow(doc).querySelector<HTMLSelectElement>('select.layout')!.value).to.equal(
        kind === 'script' ? 'reading' : 'gongwen',
      )
      let printed = 0
      const files: { data: Uint8Array | string; name: string }[] = []
      doc.print = () => {
        printed++
      }
      doc.saveFile = (data, name) => {
        files.push({ data, name })
      }
      shadow(doc).querySelector<HTMLButtonElement>('button.print')!.click()
      await waitUntil(
        () => printed === 1,
        `${kind}: not printed (gate: ${shadow(doc).querySelector('jg-gate')!.shadowRoot!.textContent})`,
      )
      const pdf = await executeServerCommand<{ pageSize: string; pages: string[] }, undefined>('print-pdf')
      expect(pdf!.pageSize).to.match(/\(A4\)/)
      const text = pdf!.pages.join('')
      expect(text).not.to.contain('草稿')
      expectInOrder(text, [titles[kind], ...items[kind]])
      if (kind !== 'script') expect(flat(text)).to.contain('2022年2月18日（星期五）上午9:00')
      if (kind === 'agenda') expect(pdf!.pages).to.have.length(1)
      if (kind === 'notice') expectInOrder(text, ['县人力资源和社会保障局', '2022年2月10日'])

      shadow(doc).querySelector<HTMLButtonElement>('button.export-docx')!.click()
      await waitUntil(() => files.length === 1, `${kind}: no .docx`)
      expect(files[0].name).to.equal(`${titles[kind]}.docx`)
      const back = await importInWorker({ kind: 'file', name: files[0].name, bytes: files[0].data as Uint8Array })
      expectInOrder(speechToText(speechFromJSON(back.speech)), [titles[kind], ...items[kind]])
    }
  })

  it('keeps one session when the record page is taken out and put back while the record opens', async () => {
    const record = await storeExample(env.app.store!)
    // Opened once and left, so its code is loaded and the page is drawn in the update that follows the address.
    location.hash = `#/meeting/${record.id}`
    await meetingPage(env.app)
    location.hash = '#/'
    await library(env.app)
    const changed = new Promise((r) => addEventListener('hashchange', r, { once: true }))
    location.hash = `#/meeting/${record.id}`
    await changed
    await env.app.updateComplete
    const page = env.app.shadowRoot!.querySelector('jg-meeting')!
    expect(page.session).to.equal(null)
    await reattachWhileOpening(page)
    await meetingPage(env.app)
    // The later attempt may find the earlier one's lock not yet let go: it waits for it, then edits.
    await waitUntil(() => page.session?.editable, 'the record stayed read-only', { timeout: 3000 })
    expect(await locksOn(record.id)).to.equal(1)
  })

  it('attendees added after the notice was made reach it when it is opened again, and the message counts them (tryout 12 B5)', async () => {
    const store = env.app.store!
    const record = await storeExample(store, (m) => {
      m.attendees = []
    })
    const notice = await generate(store, record, 'notice')
    location.hash = `#/meeting/${record.id}`
    const page = await meetingPage(env.app)
    await clickForm(page, 'button.add-attendee')
    await setField(page, 'attendees.0', '各乡镇中心学校校长')
    const doc = await openDraft(env.app, notice)
    await waitUntil(() => speechToText(doc.editor!.state.doc).includes('1.各乡镇中心学校校长。'), 'attendees not in')
    expect(shadow(doc).querySelector('.notice')!.textContent).to.contain('已按会议记录更新 1 处会议信息')
    expect(doc.meeting.findings(doc.editor!.state.doc).filter((f) => f.rule === 'meeting-field')).to.deep.equal([])
  })

  it('field slots in an open document follow the record when another tab changes it, as one step that undo takes back', async () => {
    const store = env.app.store!
    const record = await storeExample(store)
    const doc = await openDraft(env.app, await generate(store, record, 'notice'))
    expect(chip(doc, '会议.时间')!.textContent).to.equal('2027年2月12日（星期五）上午9:00')
    expect(doc.editor!.canUndo).to.equal(false)
    const tab = await otherTab(env.dbName, record.id)
    try {
      await setField(tab.page, 'date', '2027年2月19日')
      await waitUntil(() => chip(doc, '会议.时间')!.textContent === '2027年2月19日（星期五）上午9:00', 'not refreshed')
      expect(chip(doc, '会议.日期')!.textContent).to.equal('2027年2月19日')
      expect(shadow(doc).querySelector('.notice')!.textContent).to.contain('已按会议记录更新 2 处会议信息')
      // One undoable step: undo brings back both, and the checks then say the fields are stale.
      doc.editor!.undo()
      await doc.updateComplete
      expect(chip(doc, '会议.时间')!.textContent).to.equal('2027年2月12日（星期五）上午9:00')
      expect(chip(doc, '会议.日期')!.textContent).to.equal('2027年2月12日')
      const stale = doc.meeting.findings(doc.editor!.state.doc).filter((f) => f.rule === 'meeting-field')
      expect(stale.map((f) => f.excerpt)).to.have.members(['会议日期', '会议时间'])
      doc.editor!.redo()
      await doc.flush()
      const stored = await store.getDraft(doc.draftId)
      expect(JSON.stringify(stored!.speech)).to.contain('2027年2月19日（星期五）上午9:00')
      expect(JSON.stringify(stored!.speech)).not.to.contain('2027年2月12日')
    } finally {
      tab.close()
    }
  })

  // Tryout 8, C11: the script showed its empty summary as 议程2.小结.
  it('an empty field shows its Chinese name in the document, its hint and what a screen reader hears, never its key', async () => {
    const store = env.app.store!
    const record = await storeExample(store)
    const doc = await openDraft(env.app, await generate(store, record, 'script'))
    const summary = chip(doc, '议程2.小结')!
    expect(summary.textContent).to.equal('第二项议程讲话后的小结')
    expect(summary.getAttribute('aria-label')).to.equal('第二项议程讲话后的小结：未填')
    summary.dispatchEvent(new MouseEvent('mouseenter'))
    expect(summary.title).to.contain('会议信息“第二项议程讲话后的小结”')
    for (const el of doc.editor!.editorView!.dom.querySelectorAll<HTMLElement>('.slot.field'))
      expect(`${el.textContent} ${el.getAttribute('aria-label')}`).not.to.match(
        /[A-Za-z]{2,}|\p{Script=Han}\d*\.\p{Script=Han}/u,
      )
  })

  // Tryout 6, finding 6: a district office's notice was addressed with the county's fixed 各乡镇人民政府，县直有关部门.
  it("the notice's 主送机关 follows the organiser's level, shown in the record, and what she writes there", async () => {
    const store = env.app.store!
    const record = await storeExample(store, (m) => {
      m.organiser = '区住房和城乡建设局'
    })
    const doc = await openDraft(env.app, await generate(store, record, 'notice'))
    expect(chip(doc, '会议.主送')!.textContent).to.equal('各街道办事处、各镇人民政府，区直有关部门')
    const tab = await otherTab(env.dbName, record.id)
    try {
      const input = formOf(tab.page).shadowRoot!.querySelector<HTMLInputElement>('[data-path="addressees"]')!
      expect(input.value).to.equal('')
      expect(input.placeholder).to.contain('各街道办事处、各镇人民政府，区直有关部门')
      await setField(tab.page, 'addressees', '各街道办事处，区直各部门')
      await waitUntil(() => chip(doc, '会议.主送')!.textContent === '各街道办事处，区直各部门', 'not refreshed')
      expect(speechToText(doc.editor!.state.doc).split('\n')[1]).to.equal('各街道办事处，区直各部门：')
    } finally {
      tab.close()
    }
  })

  it('a field chip is not typed into: Enter opens the record at its field; a key goes after it', async () => {
    const store = env.app.store!
    const record = await storeExample(store)
    const doc = await openDraft(env.app, await generate(store, record, 'agenda'))
    const ed = doc.editor!
    let place = -1
    ed.state.doc.descendants((n, pos) => {
      if (n.attrs.label === '会议.地点') place = pos
    })
    ed.editorView!.focus()
    ed.change((tr) => Boolean(tr.setSelection(NodeSelection.create(tr.doc, place))))
    // A character typed (inserted as text, as an IME commits it), then a key pressed.
    await sendKeys({ type: '新' })
    ed.change((tr) => Boolean(tr.setSelection(NodeSelection.create(tr.doc, place))))
    await sendKeys({ press: 'a' })
    await doc.updateComplete
    expect(ed.state.doc.nodeAt(place)!.attrs.value).to.equal('县行政中心三楼会议室')
    const line = ed.state.doc.resolve(place).parent
    expect(line.textBetween(0, line.content.size, '', (n) => n.attrs.value)).to.equal('地点：县行政中心三楼会议室a新')
    ed.change((tr) => Boolean(tr.setSelection(NodeSelection.create(tr.doc, place))))
    await sendKeys({ press: 'Enter' })
    const page = await meetingPage(env.app)
    expect(location.hash).to.equal(`#/meeting/${record.id}/place`)
    await waitUntil(
      () => formOf(page).shadowRoot!.activeElement?.getAttribute('data-path') === 'place',
      'field not focused',
    )
  })

  it('the check panel, the text and the gate of a document show what the checks across the documents find', async () => {
    const store = env.app.store!
    const record = await storeExample(store)
    await generate(store, record, 'script')
    const doc = await openDraft(env.app, await generate(store, record, 'agenda'))
    const ed = doc.editor!
    const checks = () => shadow(doc).querySelector('jg-checks')!.shadowRoot!
    expect(checks().querySelector('li[data-rule^="meeting-"]')).to.equal(null)
    // The agenda's 主持 line, extended by hand with a speaker written otherwise than the record has him.
    let end = -1
    ed.state.doc.descendants((n, pos) => {
      if (n.isTextblock && n.textContent.startsWith('主持：')) end = pos + n.nodeSize - 1
    })
    ed.change((tr) => Boolean(tr.insertText('，县长张刚同志出席', end)))
    await doc.updateComplete
    await shadow(doc).querySelector('jg-checks')!.updateComplete
    const li = checks().querySelector('li[data-rule="meeting-speaker"]')!
    expect(li.textContent).to.contain('会议记录里的县长是张强，这里写作“县长张刚”。')
    expect(li.textContent).to.contain('关闭“发言人称呼一致”')
    expect(ed.editorView!.dom.querySelector('.check-error[data-rule="meeting-speaker"]')!.textContent).to.equal(
      '县长张刚',
    )
    li.querySelector<HTMLButtonElement>('button.go')!.click()
    expect(ed.state.doc.textBetween(ed.state.selection.from, ed.state.selection.to)).to.equal('县长张刚')

    let printed = 0
    doc.print = () => {
      printed++
    }
    shadow(doc).querySelector<HTMLButtonElement>('button.print')!.click()
    const gate = shadow(doc).querySelector<JgGate>('jg-gate')!
    await waitUntil(() => gate.shadowRoot!.querySelector('dialog')!.open, 'gate not shown')
    expect(gate.shadowRoot!.textContent).to.contain('会议议程还有 1 处错误')
    expect(gate.shadowRoot!.textContent).to.contain('这里写作“县长张刚”')
    gate.shadowRoot!.querySelector<HTMLButtonElement>('button.draft')!.click()
    await waitUntil(() => printed === 1, 'not printed as a draft')
    const pdf = await executeServerCommand<{ pages: string[] }, undefined>('print-pdf')
    expect(pdf!.pages[0]).to.contain('草稿')

    // A weekday that is not the date's, typed into the notice: the ordinary check, in the same panel.
    const notice = await openDraft(env.app, await generate(store, record, 'notice'))
    let opening = -1
    notice.editor!.state.doc.descendants((n, pos) => {
      if (opening < 0 && n.type.name === 'paragraph') opening = pos + n.nodeSize - 1
    })
    notice.editor!.change((tr) => Boolean(tr.insertText('报到时间为2027年2月11日（星期三）。', opening)))
    await notice.updateComplete
    const noticeChecks = shadow(notice).querySelector('jg-checks')!
    await noticeChecks.updateComplete
    expect(noticeChecks.shadowRoot!.querySelector('li[data-rule="weekday"]')!.textContent).to.contain('星期四')

    // What the record lacks is an error of each document too; choosing it opens the record there.
    const tab = await otherTab(env.dbName, record.id)
    await setField(tab.page, 'place', '')
    tab.close()
    await waitUntil(
      () => noticeChecks.shadowRoot!.querySelector('li[data-rule="meeting-record"]'),
      'record finding not shown',
    )
    noticeChecks.shadowRoot!.querySelector<HTMLButtonElement>('li[data-rule="meeting-record"] button.go')!.click()
    await meetingPage(env.app)
    expect(location.hash).to.equal(`#/meeting/${record.id}/place`)
  })

  it('a record survives a reload, with a value typed wrongly said beside its field and not stored', async () => {
    const lib = await library(env.app)
    lib
      .shadowRoot!.querySelector('jg-meetings')!
      .shadowRoot!.querySelector<HTMLButtonElement>('button.new-meeting')!
      .click()
    const page = await meetingPage(env.app)
    await setField(page, 'name', '全县农业农村工作会议')
    await setField(page, 'date', '2027.2.12')
    const beside = () =>
      formOf(page).shadowRoot!.querySelector('[data-path="date"]')!.closest('.field')!.textContent ?? ''
    expect(beside()).to.contain('星期五')
    // A date that does not exist: refused, and no weekday of the date stored before stands beside it.
    await setField(page, 'date', '2027年2月30日')
    expect(beside()).to.contain('不是有效的日期')
    expect(beside()).not.to.contain('星期')
    await setField(page, 'start', '上午15:00')
    expect(messageBeside(page, 'start')).to.contain('不是时间，请写成 9:00、上午9:00、14:30')
    // As the notice writes it (tryout 10 #8).
    await setField(page, 'start', '上午9:00')
    expect(messageBeside(page, 'start')).not.to.contain('不是时间')
    await clickForm(page, 'button.add-item')
    await setField(page, 'items.0.action', '宣读')
    await setField(page, 'items.0.what', '表彰决定')
    // A long title shows whole in its box.
    await clickForm(page, 'button.add-speaker')
    await setField(page, 'items.0.who.0.title', '县纪委监委第四派驻纪检组组长')
    const title = formOf(page).shadowRoot!.querySelector<HTMLInputElement>('[data-path="items.0.who.0.title"]')!
    expect(title.scrollWidth, 'the title is cut off').to.be.at.most(title.clientWidth)
    expect(messageBeside(page, 'place')).to.equal('未填')
    const reloaded = await env.reload()
    env = { ...env, ...reloaded }
    const again = await meetingPage(env.app)
    const m = again.session!.meeting
    // 上午9:00 stored as the record keeps times; 上午15:00 before it was not.
    expect([m.name, m.date, m.start]).to.deep.equal(['全县农业农村工作会议', '2027-02-12', '09:00'])
    expect(m.items.map((i) => [i.action, i.what])).to.deep.equal([['宣读', '表彰决定']])
    expect(formOf(again).shadowRoot!.querySelector<HTMLInputElement>('[data-path="date"]')!.value).to.equal(
      '2027年2月12日',
    )
    location.hash = '#/'
    const list = (await library(env.app)).shadowRoot!.querySelector('jg-meetings')!
    await waitUntil(() => list.meetings?.length === 1, 'not listed')
    await list.updateComplete
    expect(list.shadowRoot!.textContent).to.contain('全县农业农村工作会议')
    expect(list.shadowRoot!.textContent).to.contain('2027年2月12日（星期五）')
  })

  it('asks before the tab closes while a change to the record is not yet stored, and not once it is', async () => {
    const lib = await library(env.app)
    lib
      .shadowRoot!.querySelector('jg-meetings')!
      .shadowRoot!.querySelector<HTMLButtonElement>('button.new-meeting')!
      .click()
    const page = await meetingPage(env.app)
    await formOf(page).updateComplete
    const input = formOf(page).shadowRoot!.querySelector<HTMLInputElement>('[data-path="name"]')!
    input.value = '全县农业农村工作会议'
    input.dispatchEvent(new Event('change'))
    expect(page.session!.unsaved).to.equal(true)
    const pending = new Event('beforeunload', { cancelable: true })
    dispatchEvent(pending)
    expect(pending.defaultPrevented).to.equal(true)
    await page.flush()
    const done = new Event('beforeunload', { cancelable: true })
    dispatchEvent(done)
    expect(done.defaultPrevented).to.equal(false)
    expect((await env.app.store!.getMeeting(page.session!.record.id))?.meeting.name).to.equal('全县农业农村工作会议')
  })

  it('two tabs on one record: the second is read-only until it takes over; neither overwrites the other', async () => {
    const store = env.app.store!
    const record = await storeExample(store)
    location.hash = `#/meeting/${record.id}`
    const first = await meetingPage(env.app)
    const tab = await otherTab(env.dbName, record.id)
    try {
      const second = tab.page
      await waitUntil(() => pageStatus(second) === '只读', 'second tab not read-only')
      expect(formOf(second).shadowRoot!.querySelector<HTMLInputElement>('[data-path="place"]')!.disabled).to.equal(true)
      await setField(first, 'place', '县会议中心')
      // The read-only tab shows what the editing one saved.
      await waitUntil(() => second.session!.meeting.place === '县会议中心', 'read-only tab did not follow')
      shadow(second).querySelector<HTMLButtonElement>('button.take-over')!.click()
      await waitUntil(() => pageStatus(second) === '已保存', 'take-over did not finish')
      await waitUntil(() => pageStatus(first) === '只读', 'first tab did not hand over')
      await setField(second, 'chair.name', '王亮')
      await setField(first, 'chair.name', '不该保存')
      const stored = (await store.getMeeting(record.id))!
      expect([stored.meeting.place, stored.meeting.chair.name]).to.deep.equal(['县会议中心', '王亮'])

      // A writer without the lock (an old browser) moved the record on: the next save is refused, and says so.
      await store.writeMeeting({ ...stored, meeting: { ...stored.meeting, organiser: '别处改过' } }, stored.rev!)
      await setField(second, 'place', '旧的修改')
      await waitUntil(() => pageStatus(second) === '只读', 'stale save not refused')
      expect(shadow(second).querySelector('.banner.readonly')!.textContent).to.contain('没有保存')
      const after = (await store.getMeeting(record.id))!.meeting
      expect([after.organiser, after.place]).to.deep.equal(['别处改过', '县会议中心'])
      shadow(second).querySelector<HTMLButtonElement>('button.reopen')!.click()
      await waitUntil(() => second.session?.meeting.organiser === '别处改过', 'not reopened')
    } finally {
      tab.close()
    }
  })

  it('makes a document again only when asked, after listing the paragraphs it will replace; undo brings them back', async () => {
    const store = env.app.store!
    const record = await storeExample(store)
    const doc = await openDraft(env.app, await generate(store, record, 'agenda'))
    const ed = doc.editor!
    ed.change((tr) => Boolean(tr.insertText('请提前十分钟入场。', tr.doc.content.size - 2)))
    const typed = ed.state.doc.textContent
    const tab = await otherTab(env.dbName, record.id)
    await clickForm(tab.page, 'button.add-item')
    await setField(tab.page, 'items.2.action', '总结讲话')
    await clickForm(tab.page, '.item[data-index="2"] button.add-speaker')
    await setField(tab.page, 'items.2.who.0.title', '县委书记')
    await setField(tab.page, 'items.2.who.0.name', '刘八')
    tab.close()
    shadow(doc).querySelector<HTMLButtonElement>('button.tab-meeting')!.click()
    await doc.updateComplete
    const panel = shadow(doc).querySelector<JgMeetingPanel>('jg-meeting-panel')!
    await waitUntil(() => panel.shadowRoot!.querySelector('.stale[role="alert"]'), 'no stale notice')
    expect(panel.shadowRoot!.querySelector('.stale')!.textContent).to.contain(
      '会议记录里的会议议程现在有3项，这份文件是按2项写的',
    )
    // Nothing was made again by itself: the words typed are there, with two items.
    expect(ed.state.doc.textContent).to.equal(typed)
    const items = () => {
      const out: string[] = []
      ed.state.doc.descendants((n) => {
        if (n.type.name === 'item') out.push(n.textBetween(0, n.content.size, '', (leaf) => leaf.attrs.value ?? ''))
      })
      return out
    }
    expect(items()).to.have.length(2)
    const confirm = panel.shadowRoot!.querySelector('jg-confirm')!
    panel.shadowRoot!.querySelector<HTMLButtonElement>('.stale button.regenerate')!.click()
    await waitUntil(() => confirm.shadowRoot!.querySelector('dialog')!.open, 'not asked')
    expect(confirm.shadowRoot!.textContent).to.contain('请提前十分钟入场。')
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('button.cancel')!.click()
    expect(ed.state.doc.textContent).to.equal(typed)
    panel.shadowRoot!.querySelector<HTMLButtonElement>('.stale button.regenerate')!.click()
    await waitUntil(() => confirm.shadowRoot!.querySelector('dialog')!.open, 'not asked again')
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('button.confirm')!.click()
    await waitUntil(() => items().length === 3, 'not made again')
    expect(items()[2]).to.equal('县委书记刘八作总结讲话')
    expect(ed.state.doc.textContent).not.to.contain('请提前十分钟入场')
    ed.undo()
    expect(ed.state.doc.textContent).to.equal(typed)
  })

  it('rolls a speech forward with its meeting; last year’s notice is rewritten for this year, keeping what the office wrote', async () => {
    const store = env.app.store!
    const text = await (await fetch('/test/fixtures/meeting-speech-2027.txt')).text()
    const speech = newDraft(importText(text).doc, 'import')
    await store.saveDraft(speech)
    const record = await storeExample(store, (m) => {
      m.items[1].speech = speech.id
    })
    const noticeId = await generate(store, record, 'notice')
    // The office rewrote a requirement of last year's notice.
    const old = (await store.getDraft(noticeId))!
    await store.saveDraft({
      ...old,
      speech: {
        ...old.speech,
        doc: JSON.parse(JSON.stringify(old.speech.doc).replace('不得缺席', '一律不得缺席或代会')),
      },
    })
    const lib = await library(env.app)
    await lib.refresh()
    await lib.updateComplete
    lib.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-id="${speech.id}"] button.rollover`)!.click()
    await waitUntil(() => lib.shadowRoot!.querySelector<HTMLDialogElement>('dialog.rollover')!.open, 'no dialog')
    await lib.updateComplete
    expect(lib.shadowRoot!.querySelector('label.roll-meeting')!.textContent).to.contain('全县农业农村工作会议')
    lib.shadowRoot!.querySelector<HTMLButtonElement>('button.confirm-rollover')!.click()
    const rolled = await editorPage(env.app)
    const [next] = await store.meetingsOfSpeech(rolled.draftId)
    expect(next.meeting.date).to.equal('2028-02-12')
    expect(next.meeting.items[1].speech).to.equal(rolled.draftId)
    expect(next.rolledFromId).to.equal(record.id)
    // Last year's record is as it was.
    expect((await store.getMeeting(record.id))!.meeting.date).to.equal('2027-02-12')

    location.hash = `#/meeting/${next.id}`
    const page = await meetingPage(env.app)
    const flags = shadow(page).querySelector('.banner.rollover')!
    expect(flags.textContent).to.contain('会议日期顺延为2028年2月12日（星期六），是周末')
    // The documents' list draws once the page has read them (under load, after the banner).
    const rewrite = '.docs li[data-kind="notice"] button.rewrite'
    await waitUntil(() => shadow(page).querySelector(rewrite), 'no rewrite button')
    shadow(page).querySelector<HTMLButtonElement>(rewrite)!.click()
    await waitUntil(() => shadow(page).querySelector('.docs li[data-kind="notice"] a.open'), 'not rewritten')
    const notice = await openDocument(env, page, 'notice')
    const body = notice.editor!.state.doc
    const written = speechToText(body)
    expect(written).to.contain('一律不得缺席或代会')
    expect(written).to.contain('关于召开2028年全县农业农村工作会议的通知')
    expect(written).to.contain('总结2027年工作，部署2028年重点任务')
    expect(written).not.to.contain('2027年2月12日')
    expect(shadow(notice).querySelector('button.compare')).to.not.equal(null)
  })

  it('keeps the form beside the 会议文件/检查 panel with a long speech title linked, at office screen sizes (tryout 10 #9)', async () => {
    const store = env.app.store!
    const text = await (await fetch('/test/fixtures/meeting-speech-2027.txt')).text()
    // A title as a pasted article gives it: the account's line merged in, far wider than the form.
    const long = text.replace(
      /^[^\n]*/,
      (t) => `${t}原创 东湖街道党工委 东湖发布 2026-01-18 09:30 来源：东湖街道党工委办公室 作者：综合办 阅读量：2368`,
    )
    const speech = newDraft(importText(long).doc, 'import')
    await store.saveDraft(speech)
    const lib = await library(env.app)
    await lib.refresh()
    await lib.updateComplete
    lib.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-id="${speech.id}"] button.meeting`)!.click()
    const page = await meetingPage(env.app)
    try {
      // 1366×768 at 125 % (CSS pixels), and 1500×950.
      for (const size of [
        { width: 1093, height: 614 },
        { width: 1500, height: 950 },
      ]) {
        await setViewport(size)
        await page.updateComplete
        const aside = page.shadowRoot!.querySelector('aside')!.getBoundingClientRect()
        const controls = [...formOf(page).shadowRoot!.querySelectorAll<HTMLElement>('input, select, button, textarea')]
        expect(controls.length).to.be.above(5)
        const under = controls
          .filter((c) => c.getBoundingClientRect().right > aside.left)
          .map((c) => c.dataset.path ?? c.textContent)
        expect(under, `${size.width}×${size.height}: under the panel`).to.deep.equal([])
        expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(innerWidth)
      }
    } finally {
      await setViewport({ width: 800, height: 600 })
    }
  })

  it('begins a record from a speech in the library once; the second time it opens the same record', async () => {
    const store = env.app.store!
    const text = await (await fetch('/test/fixtures/meeting-speech-2027.txt')).text()
    const speech = newDraft(importText(text).doc, 'import')
    await store.saveDraft(speech)
    const lib = await library(env.app)
    await lib.refresh()
    await lib.updateComplete
    lib.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-id="${speech.id}"] button.meeting`)!.click()
    const page = await meetingPage(env.app)
    const id = page.meetingId
    expect(page.session!.meeting.items.at(-1)!.speech).to.equal(speech.id)
    const editor = await openDraft(env.app, speech.id)
    await waitUntil(() => editor.meeting.record, 'speech does not know its meeting')
    shadow(editor).querySelector<HTMLButtonElement>('button.meeting')!.click()
    await waitUntil(() => location.hash === `#/meeting/${id}`, 'not the same record')
    expect(await store.listMeetings()).to.have.length(1)
  })
})

describe('deleting a meeting from the library', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('takes its documents’ write-ahead logs with them', async () => {
    const store = env.app.store!
    const record = await storeExample(store)
    const notice = await generateMeetingDocument(store, record, 'notice')
    // A page that died with the notice open left both copies of its log.
    const log = { session: 's', baseRev: 1, entries: [], at: 1 }
    localStorage.setItem(walKey(env.dbName, notice), JSON.stringify(log))
    await store.putWal(notice, log)
    const list = (await library(env.app)).shadowRoot!.querySelector('jg-meetings')!
    // Stored after the library first listed its meetings.
    await list.refresh()
    await waitUntil(() => list.meetings?.length === 1, 'not listed')
    await list.updateComplete
    list.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-id="${record.id}"] button.delete`)!.click()
    const dialog = () => list.shadowRoot!.querySelector('jg-confirm')!.shadowRoot!.querySelector('dialog')!
    await waitUntil(() => dialog().open, 'no question asked')
    dialog().querySelector<HTMLButtonElement>('button.confirm')!.click()
    await waitUntil(() => list.meetings?.length === 0, 'not deleted')
    expect(await store.getDraft(notice)).to.equal(undefined)
    expect(localStorage.getItem(walKey(env.dbName, notice)), 'the localStorage copy').to.equal(null)
    expect(await store.getWal(notice), 'the durable copy').to.equal(undefined)
  })
})
