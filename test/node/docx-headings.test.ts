/**
 * The exported .docx has real headings (tryout 14 C5): its title, part and section heading styles
 * carry an outline level, so Word's navigation pane, LibreOffice's Navigator and a table of
 * contents list them. Read from the file's styles.xml, and from LibreOffice's own reading of it
 * (its flat ODF export writes a heading as text:h with its outline level).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { speechDocx } from '../../src/core/export/docx'
import { LAYOUTS } from '../../src/core/export/layout'
import { importText } from '../../src/core/import'

const SPEECH = [
  '2026年全县农机化工作会议讲话',
  '同志们：',
  '今天召开会议。',
  '一、2025年工作回顾',
  '（一）农机装备水平稳步提升',
  '全县农机总动力达到70.5万千瓦。',
  '（二）社会化服务不断加强',
  '作业服务收入2.52亿元。',
  '二、2026年重点任务',
  '（一）推进农机装备补短板。全年力争农机总动力达到72.5万千瓦。',
  '三、保障措施',
  '一要加强组织领导。',
  '',
].join('\n')

/** The outline level of each heading style: styleId → w:outlineLvl. */
function outlineLevels(styles: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const m of styles.matchAll(/<w:style [^>]*w:styleId="(\w+)">(.*?)<\/w:style>/g)) {
    const level = /<w:outlineLvl w:val="(\d)"\/>/.exec(m[2])
    if (level) out[m[1]] = Number(level[1])
  }
  return out
}

describe('.docx headings', () => {
  it('gives the title, part and own-line section heading styles outline levels 0, 1, 2, and no other style one', async () => {
    const bytes = await speechDocx(importText(SPEECH).doc, LAYOUTS.gongwen)
    const zip = await JSZip.loadAsync(bytes)
    // The zip has styles.xml: the exporter always writes it.
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(outlineLevels(styles)).toEqual({ JgTitle: 0, JgH1: 1, JgH2: 2 })
    // keepNext before outlineLvl, as the schema orders w:pPr's children.
    expect(styles).toContain('<w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr>')
  })

  it('LibreOffice reads them as headings: the title, three parts and two sections, in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianggao-headings-'))
    const path = join(dir, 'speech.docx')
    writeFileSync(path, await speechDocx(importText(SPEECH).doc, LAYOUTS.gongwen))
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'fodt',
        '--outdir',
        dir,
        path,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    )
    const odf = readFileSync(join(dir, 'speech.fodt'), 'utf8')
    const headings = [...odf.matchAll(/<text:h\b[^>]*text:outline-level="(\d)"[^>]*>(.*?)<\/text:h>/gs)].map(
      (m) => `${m[1]} ${m[2].replace(/<[^>]+>/g, '')}`,
    )
    expect(headings).toEqual([
      '1 2026年全县农机化工作会议讲话',
      '2 一、2025年工作回顾',
      '3 （一）农机装备水平稳步提升',
      '3 （二）社会化服务不断加强',
      '2 二、2026年重点任务',
      '2 三、保障措施',
    ])
  }, 240_000)
})
