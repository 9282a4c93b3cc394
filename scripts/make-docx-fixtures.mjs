// Writes the .docx test fixtures from the text fixtures, laid out the way offices write
// speeches in Word: centred title, indented body, runs split inside words and figures
// (as Word does after edits). Run by hand: node scripts/make-docx-fixtures.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, TextRun } from 'docx'

/** Split every line into runs of at most 7 characters, so figures straddle runs. */
function runs(line, font, size) {
  return line.match(/.{1,7}/gu).map((t) => new TextRun({ text: t, font: { eastAsia: font }, size }))
}

function paragraphs(text) {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const title = i === 0
      const heading = /^[一二三四五六七八九十]+、/.test(line)
      return new Paragraph({
        children: runs(line, title ? '方正小标宋简体' : heading ? '黑体' : '仿宋_GB2312', title ? 44 : 32),
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

// Speeches numbered with Word's automatic numbering (多级列表): the typed 一、（一）1.（1） of
// the text fixture are taken off and the paragraphs put in a list instead, so the numbers live
// only in word/numbering.xml, as when a secretary numbers with Word's or WPS's list buttons.

/** The four levels of official numbering, as typed, and the list level each becomes. */
const TYPED = [
  [/^[一二三四五六七八九十]+、/, 0],
  [/^（[一二三四五六七八九十]+）/, 1],
  [/^\d+\./, 2],
  [/^（\d+）/, 3],
]

/** The line's typed number taken off, and its level; level null for a line without one. */
function untyped(line) {
  for (const [re, level] of TYPED) {
    const m = re.exec(line)
    if (m) return { text: line.slice(m[0].length), level }
  }
  return { text: line, level: null }
}

const level = (level, format, text, suffix, style) => ({
  level,
  format,
  text,
  suffix,
  start: 1,
  ...(style ? { style: { style } } : {}),
})

/** 一、（一）1.（1） as one multi-level list; the suffixes differ so that each kind is read. */
const OFFICIAL = [
  level(0, LevelFormat.CHINESE_COUNTING, '%1、', LevelSuffix.NOTHING),
  level(1, LevelFormat.CHINESE_COUNTING_THOUSAND, '（%2）', LevelSuffix.TAB),
  level(2, LevelFormat.DECIMAL, '%3.', LevelSuffix.SPACE),
  level(3, LevelFormat.DECIMAL, '（%4）', LevelSuffix.NOTHING),
]

/**
 * A speech whose numbered lines are list paragraphs. `numbering(level, partIndex)` gives a
 * line's paragraph options for its level (the part it is in counts from 0).
 */
function autoNumbered(text, numbering) {
  let part = -1
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const { text: rest, level } = untyped(line)
      if (level === 0) part++
      return new Paragraph({
        children: runs(rest, level === 0 ? '黑体' : '仿宋_GB2312', i === 0 ? 44 : 32),
        alignment: i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
        indent: i === 0 ? undefined : { firstLine: 640 },
        ...(level === null ? {} : numbering(level, part)),
      })
    })
}

async function write(name, doc) {
  writeFileSync(`test/fixtures/${name}.docx`, await Packer.toBuffer(doc))
}

// The seed speech and a corpus speech with four levels, each one multi-level list.
for (const [source, name] of [
  ['seed-hrss-2022.txt', 'seed-hrss-2022-autonum'],
  ['corpus/08-zrzy-city-planning.txt', 'zrzy-city-planning-autonum'],
]) {
  const text = readFileSync(`test/fixtures/${source}`, 'utf8')
  await write(
    name,
    new Document({
      creator: '讲稿助手测试',
      numbering: { config: [{ reference: 'official', levels: OFFICIAL }] },
      sections: [{ children: autoNumbered(text, (level) => ({ numbering: { reference: 'official', level } })) }],
    }),
  )
}

// Restarts: parts are one list, sections another; each part's sections are a new instance of
// the section list that restarts at （一） (Word's 重新开始于一), else they would run on.
await write(
  'market-december-autonum-restart',
  new Document({
    creator: '讲稿助手测试',
    numbering: {
      config: [
        { reference: 'parts', levels: [OFFICIAL[0]] },
        { reference: 'sections', levels: [level(0, LevelFormat.CHINESE_COUNTING, '（%1）', LevelSuffix.NOTHING)] },
      ],
    },
    sections: [
      {
        children: autoNumbered(readFileSync('test/fixtures/market-december.txt', 'utf8'), (level, part) =>
          level === 0
            ? { numbering: { reference: 'parts', level: 0 } }
            : { numbering: { reference: 'sections', level: 0, instance: part + 1 } },
        ),
      },
    ],
  }),
)

// Numbering carried by paragraph styles (Word's 标题 1 linked to a level): the paragraphs name
// only their style, the style names the list.
await write(
  'edu-notitle-autonum-style',
  new Document({
    creator: '讲稿助手测试',
    numbering: {
      config: [
        {
          reference: 'headings',
          levels: [
            level(0, LevelFormat.CHINESE_COUNTING, '%1、', LevelSuffix.NOTHING, 'PartHeading'),
            level(1, LevelFormat.CHINESE_COUNTING, '（%2）', LevelSuffix.NOTHING, 'SectionHeading'),
          ],
        },
      ],
    },
    styles: {
      paragraphStyles: [
        { id: 'PartHeading', name: '部分标题', paragraph: { numbering: { reference: 'headings', level: 0 } } },
        { id: 'SectionHeading', name: '节标题', paragraph: { numbering: { reference: 'headings', level: 1 } } },
      ],
    },
    sections: [
      {
        children: autoNumbered(readFileSync('test/fixtures/edu-notitle.txt', 'utf8'), (level) => ({
          style: level === 0 ? 'PartHeading' : 'SectionHeading',
        })),
      },
    ],
  }),
)

/** A short speech in paragraphs; `[level, text]` for a numbered one. */
function shortSpeech(lines, numbering) {
  return lines.map((line) => {
    const [lvl, text] = typeof line === 'string' ? [null, line] : line
    return new Paragraph({ children: runs(text, '仿宋_GB2312', 32), ...(lvl === null ? {} : numbering(lvl)) })
  })
}

const SHORT = [
  '做好市场监管工作',
  '同志们：',
  '今天召开全县市场监管工作会议。下面，我讲两点意见。',
  [0, '2025年工作回顾'],
  [1, '市场主体持续壮大'],
  '全县新登记市场主体3860户，同比增长12.8%。',
  [1, '监管执法有力有效'],
  '全年查办案件215件，罚没款386万元。',
  [0, '2026年工作任务'],
  [1, '持续优化营商环境'],
  '力争新登记市场主体4000户以上。',
  '同志们，让我们团结一心，再创佳绩！',
]

// A bullet list inside the review: bullets are no numbers, the parts around them still are.
await write(
  'autonum-bullet',
  new Document({
    creator: '讲稿助手测试',
    numbering: {
      config: [
        { reference: 'official', levels: OFFICIAL },
        { reference: 'bullets', levels: [level(0, LevelFormat.BULLET, '●', LevelSuffix.TAB)] },
      ],
    },
    sections: [
      {
        children: shortSpeech(
          [
            ...SHORT.slice(0, 6),
            [9, '开展“双随机、一公开”抽查1260次；'],
            [9, '办结投诉举报4321件。'],
            ...SHORT.slice(6),
          ],
          (lvl) =>
            lvl === 9
              ? { numbering: { reference: 'bullets', level: 0 } }
              : { numbering: { reference: 'official', level: lvl } },
        ),
      },
    ],
  }),
)

// Sections numbered in a format the importer does not know (ordinalText: First, Second).
await write(
  'autonum-unknown-format',
  new Document({
    creator: '讲稿助手测试',
    numbering: {
      config: [
        {
          reference: 'odd',
          levels: [OFFICIAL[0], level(1, LevelFormat.ORDINAL_TEXT, '%2:', LevelSuffix.SPACE)],
        },
      ],
    },
    sections: [{ children: shortSpeech(SHORT, (lvl) => ({ numbering: { reference: 'odd', level: lvl } })) }],
  }),
)
