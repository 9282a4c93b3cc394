import { expect, waitUntil } from '@open-wc/testing'
import { executeServerCommand } from '@web/test-runner-commands'
import type { JgApp } from '../../src/app/components/jg-app'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgImport } from '../../src/app/components/jg-import'
import type { JgMeeting } from '../../src/app/components/jg-meeting'
import { importInWorker } from '../../src/app/import/client'
import { speechFromJSON } from '../../src/core/serialize'
import { speechToText } from '../../src/core/text'
import { MEETING_DOC_KINDS, type MeetingDocKind } from '../../src/core/meeting'
import { editorPage, library, mountApp } from './helpers'
import { clickForm, formOf, meetingPage, setField } from './meeting-helpers'

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
  await waitUntil(() => dialog.shadowRoot!.querySelector('dialog')!.open, 'import dialog did not open')
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
  const link = meeting.shadowRoot!.querySelector<HTMLAnchorElement>(`.docs li[data-kind="${kind}"] a.open`)!
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
    expect(shadow(formOf(page)).querySelector('[data-path="date"]')!.closest('.field')!.textContent).to.contain('星期五')
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
      await waitUntil(() => printed === 1, `${kind}: not printed (gate: ${shadow(doc).querySelector('jg-gate')!.shadowRoot!.textContent})`)
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
})
