/**
 * The level of an office (lang/levels.ts) and the notice's 主送机关 that follows from it
 * (tryout 6, finding 6: a district 住建局's notice went to 各乡镇人民政府，县直有关部门).
 */
import { describe, expect, it } from 'vitest'
import {
  IN_LEVEL_EXAMPLES,
  IN_TOWN_EXAMPLES,
  inLevel,
  LEVEL_EXAMPLES,
  LEVELS,
  levelOf,
  levelWords,
} from '../../src/core/lang/levels'
import { zh } from '../../src/i18n/zh'
import { instantiate } from '../../src/core/instantiate'
import { parseTemplate } from '../../src/core/template'
import { templateSource } from './helpers'
import { setMeetingValue } from '../../src/core/meeting'
import { meetingToJSON, parseMeetingFile } from '../../src/core/meeting/file'
import { checkDocument } from '../../src/core/checks/engine'
import { speechToText } from '../../src/core/text'
import { documents, exampleMeeting } from './meeting-helpers'

const addresseeLine = (m: ReturnType<typeof exampleMeeting>) => speechToText(documents(m).notice).split('\n')[1]

describe('the level of an office', () => {
  it.each(LEVEL_EXAMPLES)('%s is of the level %s', (office, unit) => {
    expect(levelOf(office)?.unit ?? null).toBe(unit)
  })
})

describe("the notice's 主送机关", () => {
  const m = exampleMeeting()

  it("follows the organiser's level", () => {
    expect(m.organiser).toBe('县农业农村局')
    expect(addresseeLine(m)).toBe('各乡镇人民政府，县直有关部门：')
    expect(addresseeLine(setMeetingValue(m, 'organiser', '区住房和城乡建设局'))).toBe(
      '各街道办事处、各镇人民政府，区直有关部门：',
    )
    expect(addresseeLine(setMeetingValue(m, 'organiser', '市人力资源和社会保障局'))).toBe(
      '各县（市、区）人民政府，市直有关部门：',
    )
    // Tryout 10 #11: a 街道办 and a 镇 send their notices to their own 社区, 村 and units.
    expect(addresseeLine(setMeetingValue(m, 'organiser', '东湖街道办事处'))).toBe(
      '各社区居委会，街道各科室、各站所，驻街各单位：',
    )
    expect(addresseeLine(setMeetingValue(m, 'organiser', '龙泉镇人民政府'))).toBe('各村（居）民委员会，镇直各单位：')
    expect(addresseeLine(setMeetingValue(m, 'organiser', '长岭乡人民政府'))).toBe('各村民委员会，乡直各单位：')
  })

  it('is what the record says where it says one, also in a record made before the field existed', () => {
    const { addressees: _, ...old } = m
    const written = setMeetingValue(old, 'addressees', '各乡镇人民政府、各街道办事处，市直有关单位')
    expect(addresseeLine(written)).toBe('各乡镇人民政府、各街道办事处，市直有关单位：')
    expect(addresseeLine(old)).toBe('各乡镇人民政府，县直有关部门：')
  })

  it('is left to fill, and said, when the level is not in the organiser’s name', () => {
    const unknown = setMeetingValue(m, 'organiser', '农业农村局')
    expect(addresseeLine(unknown)).not.toContain('县直')
    expect(checkDocument(documents(unknown).notice).length).toBeGreaterThan(0)
  })

  it('goes in and out of the meeting file, and a file without it reads as before', () => {
    const written = setMeetingValue(m, 'addressees', '各街道办事处，区直有关部门')
    const json = meetingToJSON(written)
    expect(json.addressees).toBe('各街道办事处，区直有关部门')
    expect(parseMeetingFile(JSON.stringify(json)).addressees).toBe('各街道办事处，区直有关部门')
    expect('addressees' in meetingToJSON(m)).toBe(false)
    expect(addresseeLine(parseMeetingFile(JSON.stringify(meetingToJSON(m))))).toBe('各乡镇人民政府，县直有关部门：')
  })
})

// Tryout 6, finding 9: the general template says 全县 and 县委县政府 to a district office.
describe("a template's words for the office's level", () => {
  const district = LEVELS.find((l) => l.unit === '区')!
  it.each(IN_LEVEL_EXAMPLES)('%s reads, for a district, %s', (county, words) => {
    expect(inLevel(county, district)).toBe(words)
  })

  it.each(IN_TOWN_EXAMPLES)('%s reads, for a %s, %s', (county, unit, words) => {
    expect(inLevel(county, LEVELS.find((l) => l.unit === unit)!)).toBe(words)
  })

  it('offers every level in the template list, a 街道 and a 镇 with their own words (tryout 10 #11)', () => {
    const options = LEVELS.map((l) => zh.draftList.levelOption(l.unit, levelWords(l)))
    expect(options).toContain('街道办事处（全街道、街道党工委办事处）')
    expect(options).toContain('镇（全镇、镇党委镇政府）')
    expect(options).toContain('乡（全乡、乡党委乡政府）')
    expect(options[0]).toBe('县直部门（全县、县委县政府）')
    expect(options.every((o) => !o.includes('undefined'))).toBe(true)
  })

  it('a speech from the general template for a 街道 says 全街道 and 街道党工委办事处, no county word', () => {
    const template = parseTemplate(templateSource('generic-annual.txt'), 'generic-annual')
    const street = speechToText(instantiate(template, 2027, LEVELS.find((l) => l.unit === '街道')!))
    expect(street).toContain('——在全街道')
    expect(street).toContain('在街道党工委办事处的坚强领导下')
    expect(street).not.toMatch(/全县|县委|县政府|县直/)
    const hrss = speechToText(
      instantiate(
        parseTemplate(templateSource('hrss-annual.txt'), 'hrss-annual'),
        2027,
        LEVELS.find((l) => l.unit === '镇')!,
      ),
    )
    expect(hrss).toContain('在镇党委镇政府的正确领导和上级人社部门的精心指导下')
    expect(hrss).not.toMatch(/全县|县委|县政府|县直/)
  })

  it('a speech from the general template for a district says 全区 and 区委区政府; for a county, as written', () => {
    const template = parseTemplate(templateSource('generic-annual.txt'), 'generic-annual')
    const forDistrict = speechToText(instantiate(template, 2027, district))
    expect(forDistrict).toContain('——在全区')
    expect(forDistrict).toContain('在区委区政府的坚强领导下')
    expect(forDistrict).not.toMatch(/全县|县委|县政府|县直/)
    const forCounty = speechToText(instantiate(template, 2027))
    expect(forCounty).toContain('——在全县')
    expect(forCounty).toContain('在县委县政府的坚强领导下')
  })
})
