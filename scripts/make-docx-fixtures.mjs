// Writes the .docx test fixtures from the text fixtures, laid out the way offices write
// speeches in Word: centred title, indented body, runs split inside words and figures
// (as Word does after edits). Run by hand: node scripts/make-docx-fixtures.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'

function paragraphs(text) {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const title = i === 0
      const heading = /^[一二三四五六七八九十]+、/.test(line)
      // Split every line into runs of at most 7 characters, so figures straddle runs.
      const runs = line.match(/.{1,7}/gu).map(
        (t) =>
          new TextRun({
            text: t,
            font: { eastAsia: title ? '方正小标宋简体' : heading ? '黑体' : '仿宋_GB2312' },
            size: title ? 44 : 32,
          }),
      )
      return new Paragraph({
        children: runs,
        alignment: title ? AlignmentType.CENTER : AlignmentType.LEFT,
        indent: title ? undefined : { firstLine: 640 },
      })
    })
}

for (const name of ['seed-hrss-2022', 'agri-2023']) {
  const text = readFileSync(`test/fixtures/${name}.txt`, 'utf8')
  const doc = new Document({ creator: '讲稿助手测试', sections: [{ children: paragraphs(text) }] })
  writeFileSync(`test/fixtures/${name}.docx`, await Packer.toBuffer(doc))
}
