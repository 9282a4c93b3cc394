import { expect } from '@open-wc/testing'
import './helpers'
import { deleteDB, openDB } from 'idb'
import { MeetingConflictError, MeetingGoneError, newId, Store, type MeetingRecord } from '../../src/app/store/db'
import { newDraft } from '../../src/app/drafts'
import { generateMeetingDocument } from '../../src/app/meetings'
import { BackupError, parseBackup } from '../../src/core/backup'
import { emptyMeeting, setMeetingValue } from '../../src/core/meeting'
import { importText } from '../../src/core/import'
import { storeExample } from './meeting-helpers'

const DB = 'jianggao-test-meeting-store'

describe('meetings in the store (real IndexedDB)', () => {
  let store: Store
  beforeEach(async () => {
    store = await Store.open(DB)
  })
  afterEach(async () => {
    store.close()
    await deleteDB(DB)
  })

  it('writes a record only over the revision it was read at; a record deleted is not written again', async () => {
    const record = await storeExample(store)
    const stored = (await store.getMeeting(record.id))!
    expect(stored.rev).to.equal(1)
    const rev = await store.writeMeeting(
      { ...stored, meeting: setMeetingValue(stored.meeting, 'place', '县会议中心') },
      1,
    )
    expect(rev).to.equal(2)
    let refused: unknown = null
    await store.writeMeeting({ ...stored, meeting: setMeetingValue(stored.meeting, 'place', '旧') }, 1).catch((e) => {
      refused = e
    })
    expect(refused).to.be.instanceOf(MeetingConflictError)
    expect((refused as Error).message).to.contain('没有保存')
    expect((await store.getMeeting(record.id))!.meeting.place).to.equal('县会议中心')
    await store.deleteMeeting(record.id)
    let gone: unknown = null
    await store.writeMeeting(stored, 2).catch((e) => {
      gone = e
    })
    expect(gone).to.be.instanceOf(MeetingGoneError)
    expect(await store.getMeeting(record.id)).to.equal(undefined)
  })

  it('finds a meeting by the speech its agenda links, and the documents by their meeting; one document of a kind', async () => {
    const speech = newDraft(importText('讲话\n同志们：\n开头。\n').doc, 'import')
    await store.saveDraft(speech)
    const record = await storeExample(store, (m) => {
      m.items[1].speech = speech.id
    })
    const other = await storeExample(store)
    expect((await store.meetingsOfSpeech(speech.id)).map((m) => m.id)).to.deep.equal([record.id])
    const notice = await generateMeetingDocument(store, record, 'notice')
    // Another tab made the notice meanwhile: the meeting keeps one, the first.
    expect(await generateMeetingDocument(store, record, 'notice')).to.equal(notice)
    const agenda = await generateMeetingDocument(store, record, 'agenda')
    await generateMeetingDocument(store, other, 'agenda')
    const docs = await store.meetingDocuments(record.id)
    expect(docs.map((d) => [d.meeting!.kind, d.id]).sort()).to.deep.equal(
      [
        ['agenda', agenda],
        ['notice', notice],
      ].sort(),
    )
    expect(docs.find((d) => d.id === notice)!.layout).to.equal('gongwen')
    const summary = (await store.listDrafts()).find((d) => d.id === notice)!
    expect([summary.docKind, summary.meetingId]).to.deep.equal(['notice', record.id])
    // Deleting the meeting takes its documents (and their logs), not the speech or the other meeting's.
    await store.putWal(notice, { session: 's', baseRev: 1, entries: [], at: 1 })
    await store.putWal(speech.id, { session: 's', baseRev: 1, entries: [], at: 1 })
    expect((await store.deleteMeeting(record.id)).sort()).to.deep.equal([agenda, notice].sort())
    expect(await store.getDraft(notice)).to.equal(undefined)
    expect(await store.getWal(notice)).to.equal(undefined)
    expect(await store.getWal(speech.id)).to.not.equal(undefined)
    expect(await store.getDraft(speech.id)).to.not.equal(undefined)
    expect(await store.meetingDocuments(other.id)).to.have.length(1)
  })

  it('a backup carries the records; a restore brings them back above any revision held here', async () => {
    const record = await storeExample(store)
    const stored = (await store.getMeeting(record.id))!
    await store.writeMeeting({ ...stored, meeting: setMeetingValue(stored.meeting, 'place', '县会议中心') }, 1)
    const backup = parseBackup(JSON.stringify(await store.backup()))
    expect(backup.stores.meetings).to.have.length(1)
    await store.writeMeeting({ ...stored, meeting: emptyMeeting() }, 2)
    await store.restore(backup)
    const back = (await store.getMeeting(record.id))!
    expect(back.meeting.place).to.equal('县会议中心')
    expect(back.rev).to.equal(4)
    // A record of the wrong shape makes the whole file refused.
    const broken = JSON.parse(JSON.stringify(backup))
    broken.stores.meetings[0].meeting.items = '讲话'
    expect(() => parseBackup(JSON.stringify(broken))).to.throw(BackupError, /第 1 个会议记录已损坏/)
  })

  it('upgrades a database of the version before: its drafts stay, and meetings can be kept', async () => {
    store.close()
    await deleteDB(DB)
    const old = await openDB(DB, 3, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt')
        db.createObjectStore('settings', { keyPath: 'key' })
        db.createObjectStore('metrics', { keyPath: 'key' })
        db.createObjectStore('figures', { keyPath: ['metric', 'year', 'kind'] }).createIndex('metric', 'metric')
        db.createObjectStore('summaries', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt')
      },
    })
    const draft = newDraft(importText('讲话\n同志们：\n开头。\n').doc, 'import')
    await old.put('drafts', { ...draft, rev: 3 })
    old.close()
    store = await Store.open(DB)
    expect((await store.getDraft(draft.id))!.rev).to.equal(3)
    const record: MeetingRecord = { id: newId(), createdAt: 1, updatedAt: 1, meeting: emptyMeeting() }
    await store.saveMeeting(record)
    expect((await store.listMeetings()).map((m) => m.id)).to.deep.equal([record.id])
    expect(await store.meetingDocuments(record.id)).to.deep.equal([])
  })
})
