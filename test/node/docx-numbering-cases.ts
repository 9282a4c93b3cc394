/**
 * Documents numbered by Word's lists, each with the paragraphs as Word shows them. The same
 * cases are read by the importer (docx-numbering.test.ts) and by LibreOffice
 * (docx-numbering-office.test.ts), so what the importer writes is what a Word-compatible
 * reader shows, not only what this code believes.
 */
import { abstractNum, inList, lvl, num, para, startOverride, wordDocx } from './word-docx'

export interface NumberingCase {
  name: string
  docx: Uint8Array
  /** The paragraphs as Word shows them (a tab after a number as \t). */
  lines: string[]
  /** Whether LibreOffice shows the same (it shows a number typed twice twice, and a guess where the importer writes none). */
  office: boolean
  /** The import notes the case gives; none when left out. */
  notes?: string[]
}

const parts = abstractNum(
  0,
  lvl(0, 'chineseCounting', '%1、') + lvl(1, 'chineseCounting', '（%2）') + lvl(2, 'decimal', '%3.'),
)

export const CASES: NumberingCase[] = [
  {
    name: 'instances of one list count on from each other; an instance that overrides the start restarts there',
    docx: wordDocx({
      numbering: parts + num(1, 0) + num(2, 0) + num(3, 0, startOverride(0, 1)),
      body:
        para('统一思想', inList(1)) +
        para('正文。') +
        para('回顾成绩', inList(1)) +
        para('部署任务', inList(2)) +
        para('重新开始', inList(3)) +
        para('接着数', inList(3)),
    }),
    lines: ['一、统一思想', '正文。', '二、回顾成绩', '三、部署任务', '一、重新开始', '二、接着数'],
    office: true,
  },
  {
    name: 'a level restarts when a level above it is used, unless its w:lvlRestart says never',
    docx: wordDocx({
      numbering:
        parts +
        abstractNum(
          1,
          lvl(0, 'chineseCounting', '%1、') + lvl(1, 'chineseCounting', '（%2）', '<w:lvlRestart w:val="0"/>'),
        ) +
        num(1, 0) +
        num(2, 1),
      body:
        para('回顾', inList(1)) +
        para('就业', inList(1, 1)) +
        para('抓好耕地保护', inList(1, 2)) +
        para('抓好农田建设', inList(1, 2)) +
        para('社保', inList(1, 1)) +
        para('抓好种业', inList(1, 2)) +
        para('任务', inList(1)) +
        para('稳就业', inList(1, 1)) +
        para('甲部分', inList(2)) +
        para('甲一', inList(2, 1)) +
        para('乙部分', inList(2)) +
        para('乙一', inList(2, 1)),
    }),
    lines: [
      '一、回顾',
      '（一）就业',
      '1.抓好耕地保护',
      '2.抓好农田建设',
      '（二）社保',
      '1.抓好种业',
      '二、任务',
      '（一）稳就业',
      '一、甲部分',
      '（一）甲一',
      '二、乙部分',
      '（二）乙一',
    ],
    // LibreOffice ignores w:lvlRestart and restarts （二）乙一 at （一）; Word keeps the level running.
    office: false,
  },
  {
    name: 'the numbers of the levels above in a level’s text, each in its own format',
    docx: wordDocx({
      numbering:
        abstractNum(0, lvl(0, 'chineseCounting', '%1、') + lvl(1, 'decimal', '%1.%2')) +
        abstractNum(1, lvl(0, 'decimal', '第%1部分') + lvl(1, 'decimal', '%1.%2')) +
        num(1, 0) +
        num(2, 1),
      body:
        para('总体要求', inList(1)) +
        para('目标', inList(1, 1)) +
        para('路径', inList(1, 1)) +
        para('总则', inList(2)) +
        para('适用范围', inList(2, 1)),
    }),
    lines: ['一、总体要求', '一.1目标', '一.2路径', '第1部分总则', '1.1适用范围'],
    office: true,
  },
  {
    name: 'under w:isLgl every number in the level’s text is a decimal',
    docx: wordDocx({
      numbering:
        abstractNum(0, lvl(0, 'upperRoman', '%1.') + lvl(1, 'chineseCounting', '%1.%2', '<w:isLgl/>')) + num(1, 0),
      body: para('附则', inList(1)) + para('施行', inList(1, 1)),
    }),
    lines: ['I.附则', '1.1施行'],
    // LibreOffice ignores w:isLgl and shows I.一.
    office: false,
  },
  {
    name: 'formats: 甲乙丙, ①②③, letters and Roman numerals, decimal from a start of 3, and a level an instance redefines (counting on: it overrides no start)',
    docx: wordDocx({
      numbering:
        abstractNum(0, lvl(0, 'ideographTraditional', '%1、')) +
        abstractNum(1, lvl(0, 'decimalEnclosedCircle', '%1')) +
        abstractNum(2, lvl(0, 'upperLetter', '%1.')) +
        abstractNum(3, lvl(0, 'lowerRoman', '(%1)')) +
        abstractNum(4, lvl(0, 'decimal', '第%1章', '', 3)) +
        num(1, 0) +
        num(2, 1) +
        num(3, 2) +
        num(4, 3) +
        num(5, 4) +
        num(
          6,
          4,
          `<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="第%1节"/><w:suff w:val="nothing"/></w:lvl></w:lvlOverride>`,
        ),
      body:
        para('甲项', inList(1)) +
        para('乙项', inList(1)) +
        para('第一点', inList(2)) +
        para('第二点', inList(2)) +
        para('城镇', inList(3)) +
        para('农村', inList(3)) +
        para('其一', inList(4)) +
        para('其四', inList(4)) +
        para('其四', inList(4)) +
        para('其四', inList(4)) +
        para('总则', inList(5)) +
        para('分则', inList(5)) +
        para('概述', inList(6)),
    }),
    lines: [
      '甲、甲项',
      '乙、乙项',
      '①第一点',
      '②第二点',
      'A.城镇',
      'B.农村',
      '(i)其一',
      '(ii)其四',
      '(iii)其四',
      '(iv)其四',
      '第3章总则',
      '第4章分则',
      '第五节概述',
    ],
    office: true,
  },
  {
    name: 'numbering from paragraph styles: a style based on a numbered one, the default style, and w:numId 0 taking a paragraph out',
    docx: wordDocx({
      numbering: parts + num(1, 0),
      styles:
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
        `<w:style w:type="paragraph" w:styleId="Part"><w:name w:val="部分"/><w:pPr>${inList(1, 0)}</w:pPr></w:style>` +
        '<w:style w:type="paragraph" w:styleId="PartRed"><w:name w:val="部分红"/><w:basedOn w:val="Part"/></w:style>' +
        `<w:style w:type="paragraph" w:styleId="Section"><w:name w:val="节"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`,
      body:
        para('回顾', '<w:pStyle w:val="Part"/>') +
        para('就业', '<w:pStyle w:val="Section"/><w:keepNext/>') +
        para('不编号', '<w:pStyle w:val="Section"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
        para('社保', '<w:pStyle w:val="Section"/>') +
        para('任务', '<w:pStyle w:val="PartRed"/>') +
        para('正文。'),
    }),
    lines: ['一、回顾', '（一）就业', '不编号', '（二）社保', '二、任务', '正文。'],
    office: true,
  },
  {
    name: 'a list linked to a numbering style (w:numStyleLink) numbers with that style’s list',
    docx: wordDocx({
      numbering:
        abstractNum(0, lvl(0, 'chineseCounting', '%1、'), '<w:styleLink w:val="Official"/>') +
        abstractNum(1, '', '<w:numStyleLink w:val="Official"/>') +
        num(1, 0) +
        num(2, 1),
      styles: `<w:style w:type="numbering" w:styleId="Official"><w:name w:val="公文编号"/><w:pPr>${inList(1, 0).replace('<w:ilvl w:val="0"/>', '')}</w:pPr></w:style>`,
      body: para('回顾', inList(2)) + para('任务', inList(2)),
    }),
    lines: ['一、回顾', '二、任务'],
    office: true,
  },
  {
    name: 'paragraphs in a table count where they stand, as Word counts them',
    docx: wordDocx({
      numbering: parts + num(1, 0),
      body:
        para('回顾', inList(1)) +
        `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr/>${para('表中一项', inList(1, 1))}</w:tc></w:tr></w:tbl>` +
        para('表后一项', inList(1, 1)) +
        para('任务', inList(1)),
    }),
    lines: ['一、回顾', '（一）表中一项', '（二）表后一项', '二、任务'],
    office: true,
  },
  {
    name: 'a numbered paragraph in a text box is left as it is, and the body’s numbers around it do not move',
    docx: wordDocx({
      numbering: parts + num(1, 0),
      body:
        para('回顾', inList(1)) +
        `<w:p><w:r><w:pict><v:shape style="width:200pt;height:50pt"><v:textbox><w:txbxContent>${para('框里', inList(1))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>` +
        para('任务', inList(1)),
    }),
    lines: ['一、回顾', '框里', '二、任务'],
    // LibreOffice's text export leaves the text box out; the body's numbers it shows are the same (一、回顾, 二、任务).
    office: false,
    notes: [
      '文本框里有自动编号的段落，导入时这些段落没有写入编号。',
      // docx-extras.ts: where its words went.
      '文件里有 1 个文本框，其中的文字（如“框里”）作为段落放进了讲稿，位置可能不对，请核对。',
    ],
  },
  {
    name: 'a number typed after an automatic one of its kind is kept once; a different typed one is kept and named',
    docx: wordDocx({
      numbering: parts + num(1, 0),
      body:
        para('一、2025年工作回顾', inList(1)) +
        para('三、2026年工作任务', inList(1)) +
        para('（一）稳就业', inList(1, 1)),
    }),
    lines: ['一、2025年工作回顾', '三、2026年工作任务', '（一）稳就业'],
    office: false,
    notes: [
      '有 1 段既有自动编号，又手写了不同的编号，导入时保留了手写的编号（如“三、2026年工作任务”（自动编号“二、”））。请核对这些段落的编号。',
    ],
  },
  {
    name: 'an empty numbered paragraph shows its number; one without w:pPr is numbered by the default style',
    docx: wordDocx({
      numbering: parts + num(1, 0),
      styles: `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr>${inList(1, 1)}</w:pPr></w:style>`,
      body: `${para('回顾', inList(1))}<w:p/>${para('就业')}<w:p><w:pPr/><w:r><w:t>社保</w:t></w:r></w:p>`,
    }),
    lines: ['一、回顾', '（一）', '（二）就业', '（三）社保'],
    office: true,
  },
  {
    name: 'past the last number a format has (癸 is the tenth of 甲乙丙) no number is written, and the note says so',
    docx: wordDocx({
      numbering: abstractNum(0, lvl(0, 'ideographTraditional', '%1、')) + num(1, 0),
      body: [...'一二三四五六七八九十', '十一', '十二'].map((n) => para(`第${n}项`, inList(1))).join(''),
    }),
    lines: [...'甲乙丙丁戊己庚辛壬癸']
      .map((g, i) => `${g}、第${'一二三四五六七八九十'[i]}项`)
      .concat('第十一项', '第十二项'),
    office: false,
    notes: [
      '有 2 段的自动编号到了“甲、乙、丙”格式写不出的第 11 个，程序不知道 Word 显示的是什么，这些段落导入时没有编号（如“第十一项”）。识别出的提纲可能不全，请核对。',
    ],
  },
  {
    name: 'tracked changes: a paragraph whose mark is deleted joins the next and takes its number; a deleted row does not count',
    docx: wordDocx({
      numbering: parts + num(1, 0),
      body:
        para('回顾', inList(1)) +
        `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:trPr><w:del w:id="1" w:author="秘书" w:date="2026-01-05T09:00:00Z"/></w:trPr><w:tc><w:tcPr/>${para('删去的一行', inList(1))}</w:tc></w:tr></w:tbl>` +
        para('2026年', `${inList(1)}<w:rPr><w:del w:id="2" w:author="秘书" w:date="2026-01-05T09:00:00Z"/></w:rPr>`) +
        para('工作任务', inList(1)),
    }),
    lines: ['一、回顾', '二、2026年工作任务'],
    // LibreOffice's text export keeps the tracked deletions.
    office: false,
  },
  {
    name: 'a style that names its list but not its level is at the level linked to it',
    docx: wordDocx({
      numbering:
        abstractNum(
          0,
          lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="Heading1"/>') +
            lvl(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="Heading2"/>'),
        ) + num(1, 0),
      styles:
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
      body:
        para('回顾', '<w:pStyle w:val="Heading1"/>') +
        para('就业', '<w:pStyle w:val="Heading2"/>') +
        para('社保', '<w:pStyle w:val="Heading2"/>'),
    }),
    lines: ['一、回顾', '（一）就业', '（二）社保'],
    // LibreOffice 7.4 puts them at the first level (二、三、) for want of a w:ilvl; ECMA-376 17.9.23 says the linked level.
    office: false,
  },
  {
    name: 'a format Word 2010 writes as a choice (custom: 001) is named, not read as its fallback',
    docx: wordDocx({
      numbering:
        abstractNum(
          0,
          '<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/><w:suff w:val="nothing"/></w:lvl>',
        ) + num(1, 0),
      body: para('回顾', inList(1)) + para('任务', inList(1)),
    }),
    lines: ['回顾', '任务'],
    office: false,
    notes: [
      '有 2 段的自动编号格式（custom）程序不认识，这些段落导入时没有编号（如“回顾”）。识别出的提纲可能不全，请核对；也可以在 Word 里把编号改为“一、”“（一）”这类格式后再导入。',
    ],
  },
]
