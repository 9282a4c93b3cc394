/**
 * The wording rules (text-rules.ts) read exactly: for each example, the words each finding points
 * at, its message and its severity, in a paragraph of the review of a clean speech.
 */
import { describe, expect, it } from 'vitest'
import { viewOf } from '../../src/core/checks/blocks'
import { doubledWord, longSentence, placeholderText } from '../../src/core/checks/text-rules'
import { type BlockRule, type CheckOptions, DEFAULT_CHECK_OPTIONS } from '../../src/core/checks/types'
import { exactFindings } from './check-speech'
import { fig, p } from './build'

type Row = [string, [string, string][]]

/** A block rule run on one paragraph of the review: [words, message, severity] of each finding. */
function inParagraph(rule: BlockRule, text: string, options: CheckOptions = DEFAULT_CHECK_OPTIONS) {
  const ctx = {
    container: 'part',
    partKind: 'review',
    blockType: 'paragraph',
    reviewYear: 2025,
    planYear: 2026,
    options,
  } as const
  return rule.check(viewOf(p(text)), ctx).map((f) => [text.slice(f.from, f.to), f.message, f.severity ?? rule.severity])
}

const table = (rule: string, rows: Row[], severity: string) =>
  it.each(rows)('%s', (text, expected) => {
    expect(exactFindings(text, rule)).toEqual(expected.map(([words, message]) => [words, message, severity]))
  })

describe('half-width punctuation in Chinese', () => {
  table(
    'halfwidth-punct',
    [
      ['按照要求, 抓好落实。', [[', ', '中文里用了半角“,”，应为全角“，”。']]],
      ['按照要求 ;抓好落实。', [[' ;', '中文里用了半角“;”，应为全角“；”。']]],
      ['主要任务:抓好落实。', [[':', '中文里用了半角“:”，应为全角“：”。']]],
      [
        '怎么办?抓好落实!',
        [
          ['?', '中文里用了半角“?”，应为全角“？”。'],
          ['!', '中文里用了半角“!”，应为全角“！”。'],
        ],
      ],
      [
        '举办"消费促进月"等活动。',
        [
          ['"', '中文里用了半角引号“"”，应为全角引号““……””。'],
          ['"', '中文里用了半角引号“"”，应为全角引号““……””。'],
        ],
      ],
      [
        "所谓'放管服'改革。",
        [
          ["'", "中文里用了半角引号“'”，应为全角引号“‘……’”。"],
          ["'", "中文里用了半角引号“'”，应为全角引号“‘……’”。"],
        ],
      ],
      [
        '关于(试行)的意见。',
        [
          ['(', '中文里用了半角“(”，应为全角“（”。'],
          [')', '中文里用了半角“)”，应为全角“）”。'],
        ],
      ],
      ['完成了任务.', [['.', '中文里用了半角“.”，应为全角“。”。']]],
      // A closing quote is looked past: the mark is after Chinese words all the same.
      ['推行“一网通办”.', [['.', '中文里用了半角“.”，应为全角“。”。']]],
      ['推行“一网通办”,提升效率。', [[',', '中文里用了半角“,”，应为全角“，”。']]],
    ],
    'warning',
  )
  table(
    'halfwidth-punct',
    [
      ['增长3.5%，推广Office (x64, beta)。', []],
      ['第.5个百分点。', []],
      ['等等...', []],
      ['推广OA系统, 完成了任务。', [[', ', '中文里用了半角“,”，应为全角“，”。']]],
    ],
    'warning',
  )
})

describe('quotes and brackets in pairs', () => {
  table(
    'unpaired',
    [
      ['扎实做好“六稳工作。', [['“', '左引号“后面没有配对的右引号”。']]],
      ['扎实做好六稳”工作。', [['”', '右引号”前面没有配对的左引号“。']]],
      ['落实《关于“六稳”（试行）的意见》。', []],
      [
        '落实《关于（试行》的意见）。',
        [
          ['《', '左书名号《后面没有配对的右书名号》。'],
          ['》', '右书名号》前面没有配对的左书名号《。'],
        ],
      ],
      ['落实【重点】任务，（一）和‘二’。', []],
      ['落实【重点任务。', [['【', '左方括号【后面没有配对的右方括号】。']]],
    ],
    'warning',
  )
})

describe('doubled punctuation', () => {
  table(
    'doubled-punct',
    [
      ['完成任务，，成效明显。', [['，，', '标点“，，”重复了。']]],
      ['完成任务。。', [['。。', '标点“。。”重复了。']]],
      [
        '完成任务，。成效明显；：好',
        [
          ['，。', '标点“，。”重复了。'],
          ['；：', '标点“；：”重复了。'],
        ],
      ],
      ['完成任务,,成效明显', [[',,', '标点“,,”重复了。']]],
      ['就业、社保、人才……各项工作——都有进展。', []],
      ['就业、社保、人才...各项工作', []],
      ['就业、社保、人才....各项工作', []],
    ],
    'warning',
  )
})

describe('a phrase twice in one list', () => {
  table(
    'repeated-phrase',
    [
      [
        '做好专业技术人员职称申报、职务聘任和专业技术人员职称申报工作。',
        [['专业技术人员职称申报', '“专业技术人员职称申报”在同一句里出现了两次。']],
      ],
      [
        '做好职称申报评审工作及职称申报评审工作。抓好乡村振兴示范建设和乡村振兴示范建设。',
        [
          ['职称申报评审工作', '“职称申报评审工作”在同一句里出现了两次。'],
          ['乡村振兴示范建设', '“乡村振兴示范建设”在同一句里出现了两次。'],
        ],
      ],
      // Not a list: a comma between, no joining word, or too far apart.
      ['做好专业技术人员职称申报，职务聘任和专业技术人员职称申报工作。', []],
      [
        '做好专业技术人员职称申报及评审专业技术人员职称申报工作。',
        [['专业技术人员职称申报', '“专业技术人员职称申报”在同一句里出现了两次。']],
      ],
      ['做好专业技术人员职称申报并且专业技术人员职称申报工作。', []],
      // Up to 24 characters between the two.
      [
        '做好专业技术人员职称申报、职务聘任考核评价推荐选拔培养使用管理服务和专业技术人员职称申报工作。',
        [['专业技术人员职称申报', '“专业技术人员职称申报”在同一句里出现了两次。']],
      ],
      ['做好专业技术人员职称申报、职务聘任考核评价推荐选拔培养使用管理服务监和专业技术人员职称申报工作。', []],
      ['做好专业技术人员职称申报工作。专业技术人员职称申报要规范。', []],
      ['确保乡村教师平均工资收入水平不低于当地公务员平均工资收入水平。', []],
    ],
    'info',
  )
})

describe('a sentence too long to read aloud', () => {
  it('counts each sentence, the last one without its full stop too, against the limit', () => {
    const options = { ...DEFAULT_CHECK_OPTIONS, maxSentenceChars: 10 }
    expect(
      inParagraph(longSentence, '加强领导，完成任务。加强领导，完成各项工作任务；再创佳绩加强领导完成任务', options),
    ).toEqual([
      ['加强领导，完成各项工作任务；', '这句话有 14 个字，超过 10 字，念起来吃力，建议断开。', 'info'],
      ['再创佳绩加强领导完成任务', '这句话有 12 个字，超过 10 字，念起来吃力，建议断开。', 'info'],
    ])
    expect(inParagraph(longSentence, '加强领导，完成任务！再创佳绩加强领导？', options)).toEqual([])
    expect(exactFindings(`${'加强领导、'.repeat(30)}完成任务。`, 'long-sentence')).toEqual([
      [`${'加强领导、'.repeat(30)}完成任务。`, '这句话有 155 个字，超过 120 字，念起来吃力，建议断开。', 'info'],
    ])
  })
})

describe('placeholders left in the text', () => {
  // Typed into the editor: the importer makes ××, XX and *** into empty figures (the empty-slot rule).
  it.each<Row>([
    ['请于＿＿前报送名单。', [['＿＿', '文中还留着占位符“＿＿”，请换成实际内容。']]],
    ['请于__前报送名单。', [['__', '文中还留着占位符“__”，请换成实际内容。']]],
    [
      '落实【】政策，【 】要到位。',
      [
        ['【】', '文中还留着占位符“【】”，请换成实际内容。'],
        ['【 】', '文中还留着占位符“【 】”，请换成实际内容。'],
      ],
    ],
    ['由XX同志负责。', [['XX', '文中还留着占位符“XX”，请换成实际内容。']]],
    ['由××同志负责。', [['××', '文中还留着占位符“××”，请换成实际内容。']]],
    [
      '由○○同志和〇〇同志负责，□□科配合。',
      [
        ['○○', '文中还留着占位符“○○”，请换成实际内容。'],
        ['〇〇', '文中还留着占位符“〇〇”，请换成实际内容。'],
        ['□□', '文中还留着占位符“□□”，请换成实际内容。'],
      ],
    ],
    [
      '由**同志负责，＊＊科配合。',
      [
        ['**', '文中还留着占位符“**”，请换成实际内容。'],
        ['＊＊', '文中还留着占位符“＊＊”，请换成实际内容。'],
      ],
    ],
    ['推广XXL-Job平台，AXX和XXB不算，单个×、_、○也不算。', []],
    [
      '请见{{新增就业}}和{{新增{就业}}。',
      [
        ['{{新增就业}}', '文中还留着占位符“{{新增就业}}”，请换成实际内容。'],
        ['{{', '文中还留着占位符“{{”，请换成实际内容。'],
        ['}}', '文中还留着占位符“}}”，请换成实际内容。'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(inParagraph(placeholderText, text)).toEqual(expected.map(([w, m]) => [w, m, 'error']))
  })
  it('is found in a speech too', () => {
    expect(exactFindings('请于＿＿前报送名单。', 'placeholder-text')).toEqual([
      ['＿＿', '文中还留着占位符“＿＿”，请换成实际内容。', 'error'],
    ])
  })
})

describe('a word typed twice', () => {
  table(
    'doubled-word',
    [
      ['请大家认真认真抓好落实。', [['认真', '“认真”连写了两遍，应删去一个。']]],
      ['进一步进一步提升护理服务。', [['进一步', '“进一步”连写了两遍，应删去一个。']]],
      ['全面推进乡村振兴乡村振兴战略。', [['乡村振兴', '“乡村振兴”连写了两遍，应删去一个。']]],
      ['这是我们的的责任，是是非非要分清。', [['的', '“的”连写了两遍，应删去一个。']]],
      ['把握好的的确确存在的问题。', []],
      [
        '各单位要认真学习学习先进经验。',
        [['学习', '“学习”连写了两遍。“学习学习”是口语说法，讲稿是书面语，应删去一个（或写作“学习一下”）。']],
      ],
      [
        '会后要研究研究，再落实落实。',
        [
          ['研究', '“研究”连写了两遍。“研究研究”是口语说法，讲稿是书面语，应删去一个（或写作“研究一下”）。'],
          ['落实', '“落实”连写了两遍，应删去一个。'],
        ],
      ],
      ['把工作做得实实在在，一个一个抓落实，层层压实。', []],
      ['推动高质量发展高质量发展。', []],
    ],
    'warning',
  )
  it('does not take two figures with the same words before them for a doubled word', () => {
    const ctx = {
      container: 'part',
      partKind: 'review',
      blockType: 'paragraph',
      reviewYear: 2025,
      planYear: 2026,
    } as const
    const view = viewOf(p('完成', fig('完成', '3', '个'), '完成', fig('完成', '5', '个'), '。'))
    expect(doubledWord.check(view, { ...ctx, options: DEFAULT_CHECK_OPTIONS })).toEqual([])
  })
})
