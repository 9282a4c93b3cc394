/**
 * .docx files laid out by LibreOffice (soffice, headless) into PDFs, to compare with the preview.
 *
 * `fonts: 'declared'` stands in for a computer that has the fonts the .docx declares (仿宋_GB2312,
 * 楷体_GB2312, 黑体, 方正小标宋简体, 宋体: not free, so not installable here): LibreOffice's font
 * replacement table maps them to Noto Sans Mono CJK SC, which has their widths (a Chinese
 * character one em, a digit or Latin letter half). And it lays the file out the way Word reads
 * it: LibreOffice 7.4 ignores the file's autoSpaceDE/DN="0" (it keeps adding space between
 * Chinese and digits) and reads overflowPunct the wrong way round (no hanging punctuation), so
 * the file goes through .odt and those two paragraph settings are set as the .docx says.
 *
 * `fonts: 'missing'` is LibreOffice as it comes, on a computer without those fonts.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import JSZip from 'jszip'

const DECLARED_FONTS = ['仿宋_GB2312', '楷体_GB2312', '黑体', '方正小标宋简体', '宋体']
const STAND_IN = 'Noto Sans Mono CJK SC'

function replacementTable(): string {
  const pairs = DECLARED_FONTS.map(
    (font, i) =>
      `<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs"><node oor:name="_${i}" oor:op="replace">` +
      '<prop oor:name="Always" oor:op="fuse"><value>true</value></prop>' +
      '<prop oor:name="OnScreenOnly" oor:op="fuse"><value>false</value></prop>' +
      `<prop oor:name="ReplaceFont" oor:op="fuse"><value>${font}</value></prop>` +
      `<prop oor:name="SubstituteFont" oor:op="fuse"><value>${STAND_IN}</value></prop></node></item>`,
  )
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" ' +
    'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
    '<item oor:path="/org.openoffice.Office.Common/Font/Substitution"><prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>\n' +
    `${pairs.join('\n')}\n</oor:items>\n`
  )
}

function soffice(profile: string, to: string, outDir: string, files: string[]) {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  )
}

/** Set what the .docx says and LibreOffice's .docx reader drops: no auto spacing, hanging punctuation. */
async function asWordReadsIt(odt: string) {
  const zip = await JSZip.loadAsync(readFileSync(odt))
  for (const part of ['styles.xml', 'content.xml']) {
    const xml = await zip.file(part)!.async('string')
    zip.file(
      part,
      xml
        .replace(/style:text-autospace="ideograph-alpha"/g, 'style:text-autospace="none"')
        .replace(/style:punctuation-wrap="simple"/g, 'style:punctuation-wrap="hanging"'),
    )
  }
  // An OpenDocument package starts with its mimetype, stored.
  const mimetype = await zip.file('mimetype')!.async('string')
  zip.file('mimetype', mimetype, { compression: 'STORE' })
  writeFileSync(odt, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
}

/** Lay .docx files out to PDF with LibreOffice; returns the PDFs, in order. */
export async function officePdfs(docx: string[], fonts: 'declared' | 'missing'): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'jianggao-office-'))
  const profile = join(dir, 'profile')
  const out = join(dir, 'out')
  mkdirSync(out)
  const pdf = (file: string) => join(out, basename(file).replace(/\.\w+$/, '.pdf'))
  if (fonts === 'missing') {
    soffice(profile, 'pdf', out, docx)
    return docx.map(pdf)
  }
  mkdirSync(join(profile, 'user'), { recursive: true })
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), replacementTable())
  soffice(profile, 'odt', out, docx)
  const odts = docx.map((f) => join(out, basename(f).replace(/\.docx$/, '.odt')))
  for (const odt of odts) await asWordReadsIt(odt)
  soffice(profile, 'pdf', out, odts)
  return docx.map(pdf)
}
