import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { documentName } from '../../src/core/export/file-name'
import { fixture } from './helpers'

const named = (text: string, planYear: number | null = 2027) => {
  const doc = importText(text).doc
  return documentName(doc.type.create({ ...doc.attrs, planYear }, doc.content))
}

describe('export file names', () => {
  it('carry the plan year and the meeting from the subtitle', () => {
    expect(named('坚定信心 奋力推进农业农村现代化\n——在全县农业农村工作会议上的讲话\n同志们：\n开场。\n')).toBe(
      '2027年全县农业农村工作会议讲话',
    )
  })
  it('keep a year the meeting already names, and fall back to the title without a subtitle', () => {
    expect(named('做好教育工作\n——在2024年全县教育工作会议上的讲话\n同志们：\n开场。\n')).toBe(
      '2024年全县教育工作会议讲话',
    )
    // A year anywhere in the meeting's name, as the meeting's 全称 reads it (lang/years SAYS_ITS_YEAR).
    expect(named('述职评议\n——在全县市场监管系统2026年度述职评议会议上的讲话\n同志们：\n开场。\n')).toBe(
      '全县市场监管系统2026年度述职评议会议讲话',
    )
    expect(named('做好人社工作 推动高质量发展\n同志们：\n开场。\n')).toBe('2027年做好人社工作 推动高质量发展')
    expect(named('做好人社工作\n同志们：\n开场。\n', null)).toBe('做好人社工作')
  })
  it('read the seed speech as its meeting', () => {
    const doc = importText(fixture('seed-hrss-2022.txt')).doc
    expect(documentName(doc)).toBe(`${doc.attrs.planYear}年全县人力资源和社会保障工作会议讲话`)
  })
  it('leave out what a file name may not hold', () => {
    expect(named('关于“2027”的讲话：一/二\n同志们：\n开场。\n')).toBe('2027年关于“2027”的讲话：一二')
  })
})
