// Another department's backup is named as such before a merge (tryout 11, finding A6).
import { describe, expect, it } from 'vitest'
import { fieldOfMeeting, fieldOfUnit, foreignFields, MEETING_FIELD, UNIT_FIELD } from '../../src/core/backup-unit'

describe('the field of work a meeting or unit names', () => {
  it('each rule gives its example and nothing for its counter-example', () => {
    expect(fieldOfMeeting(MEETING_FIELD.example.text)).toBe(MEETING_FIELD.example.field)
    expect(fieldOfMeeting(MEETING_FIELD.counter)).toBeNull()
    expect(fieldOfUnit(UNIT_FIELD.example.text)).toBe(UNIT_FIELD.example.field)
    expect(fieldOfUnit(UNIT_FIELD.counter)).toBeNull()
  })
  it.each([
    ['——在全县2026年卫生健康工作会议上的讲话', '卫生健康'],
    ['关于召开全县2026年卫生健康工作会议的通知', '卫生健康'],
    ['全县2026年卫生健康工作会议议程', '卫生健康'],
    ['——在2026年全县科协工作会议上的讲话', '科协'],
    ['全市交通运输工作会议', '交通运输'],
    ['全县教育体育大会', '教育体育'],
    ['市场监管工作会议', '市场监管'],
  ])('meeting %s → %s', (text, field) => {
    expect(fieldOfMeeting(text)).toBe(field)
  })
  it.each([
    ['县卫生健康局', '卫生健康'],
    ['县市场监督管理局', '市场监督管理'],
    ['某某县农业农村局', '农业农村'],
    ['市卫生健康委员会', '卫生健康'],
  ])('unit %s → %s', (text, field) => {
    expect(fieldOfUnit(text)).toBe(field)
  })
})

describe('foreignFields', () => {
  const health = {
    units: ['县卫生健康局'],
    meetings: ['——在全县2026年卫生健康工作会议上的讲话', '全县2026年卫生健康工作会议议程'],
  }
  it('the trial’s 市场监管 backup merged into a health bureau’s library: named', () => {
    const market = { units: [], meetings: ['——在全县2026年市场监管工作会议上的讲话'] }
    expect(foreignFields(health, market)).toEqual({ here: ['卫生健康'], theirs: ['市场监管'] })
  })
  it('a backup of the same bureau, or of a colleague with one meeting of it: not named', () => {
    expect(foreignFields(health, health)).toBeNull()
    expect(foreignFields(health, { units: [], meetings: ['——在全县卫生健康工作会议上的讲话'] })).toBeNull()
  })
  it('units decide when both name some: the same bureau’s other meeting is not another unit', () => {
    const party = { units: ['县卫生健康局'], meetings: ['——在全县卫生健康系统党风廉政建设工作会议上的讲话'] }
    expect(foreignFields({ ...health, meetings: ['全县2026年卫生健康工作会议议程'] }, party)).toBeNull()
    expect(foreignFields(health, { units: ['县交通运输局'], meetings: [] })).toEqual({
      here: ['卫生健康'],
      theirs: ['交通运输'],
    })
  })
  it('one unit written short and in full is one unit (卫健/卫生健康, 市场监管/市场监督管理, 人社, 住建); two units written short are two', () => {
    for (const [a, b] of [
      ['县卫健局', '县卫生健康局'],
      ['县市场监管局', '县市场监督管理局'],
      ['区人社局', '区人力资源和社会保障局'],
      ['市住建局', '市住房和城乡建设局'],
    ])
      expect(foreignFields({ units: [a], meetings: [] }, { units: [b], meetings: [] }), `${a} ${b}`).toBeNull()
    expect(foreignFields({ units: [], meetings: ['——在全县卫健工作会议上的讲话'] }, health)).toBeNull()
    expect(foreignFields({ units: ['县卫健局'], meetings: [] }, { units: ['县市场监管局'], meetings: [] })).toEqual({
      here: ['卫健'],
      theirs: ['市场监管'],
    })
  })
  it('a side that names nothing cannot be told: not named', () => {
    expect(foreignFields({ units: [], meetings: [] }, health)).toBeNull()
    expect(foreignFields(health, { units: [], meetings: ['凝心聚力强基层 守正创新护健康'] })).toBeNull()
  })
})
