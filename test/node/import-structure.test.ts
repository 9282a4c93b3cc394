/**
 * The structure of a speech in plain text, exactly: which head lines are the title, subtitle and
 * bylines, where the opening ends, each part's blocks, where the closing starts, the notes on
 * numbering and kind markers, and the years the speech reviews and plans, by their votes.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type ParsedSection, type ParsedSpeech, parseSpeech, type TextBlock } from '../../src/core/import/structure'

/** A block in one value: a paragraph's text, an item as `mark text`, a section as [mark heading (run-in), …blocks]. */
const blockView = (b: TextBlock | ParsedSection): unknown =>
  b.type === 'section'
    ? [`${b.mark} ${b.heading}${b.runIn ? ' (run-in)' : ''}`, ...b.blocks.map(blockView)]
    : b.type === 'item'
      ? `${b.mark} ${b.text}`
      : b.text
const partsOf = (s: ParsedSpeech) => s.parts.map((p) => [p.mark, p.heading, p.kind, p.year, ...p.blocks.map(blockView)])
const head = (s: ParsedSpeech) => ({
  title: s.title,
  subtitle: s.subtitle,
  bylines: s.bylines,
  greeting: s.greeting,
  opening: s.opening,
})
const years = (text: string) => {
  const s = parseSpeech(text)
  return [s.reviewYear, s.planYear]
}

describe('an occasion of a named year said to be about to begin', () => {
  // A May deployment (教育) whose title keeps last year's: the opening's coming exam and the date line outvote it.
  const exam = (title: string, opening: string) =>
    years(
      `在全县${title}年高考中考安全保障工作部署会上的讲话\n（2026年5月26日）\n同志们：\n${opening}先通报一下今年的考试规模。全县高考报名考生4,126人，比去年增加208人。\n一、试卷安全必须万无一失\n监控录像保存不少于6个月。\n二、压实责任形成工作合力\n一要落实主考负责制。\n同志们，谢谢大家！`,
    )
  it('votes for the year the meeting prepares (教育: 就要开考了)', () => {
    expect(exam('2025', '再有十来天，2026年普通高校招生全国统一考试就要开考了。')).toEqual([2026, 2026])
    expect(exam('2026', '')).toEqual([2026, 2026])
  })
  it('alone against the title and without a date line, does not outvote it', () => {
    expect(exam('2025', '')).toEqual([2025, 2025])
  })
})

describe('the head of a speech', () => {
  it('a date written as the last line, after the closing, is the date line (城管 March campaign, 卫健, 人社)', () => {
    const campaign = (date: string) =>
      parseSpeech(
        `攻坚一百天 市容换新颜\n——在全区市容环境百日攻坚行动动员会上的讲话\n同志们：\n今天召开动员会。\n一、统一思想，充分认识百日攻坚的紧迫性\n去年，全区拆除违法建设3.12万平方米。\n二、聚焦重点，打好五场攻坚战\n（一）打好占道经营整治攻坚战。整治率达到100%。\n三、压实责任，确保攻坚取得实效\n一是强化组织领导。\n同志们，百日攻坚，贵在行动。\n${date}`,
      )
    for (const date of ['2026年3月16日', '（2026年4月10日）', '二〇二六年十一月二十日']) {
      const s = campaign(date)
      expect(s.bylines).toEqual([date])
      expect(s.closing).toEqual(['同志们，百日攻坚，贵在行动。'])
    }
    expect([campaign('2026年3月16日').reviewYear, campaign('2026年3月16日').planYear]).toEqual([2025, 2026])
    // a date inside the closing's words is no date line
    const said = campaign('2026年3月16日，我们再开推进会。')
    expect(said.bylines).toEqual([])
    expect(said.closing.at(-1)).toBe('2026年3月16日，我们再开推进会。')
  })

  it('without a greeting: a short title, the subtitle, the speaker and the date, then the opening prose', () => {
    const s = parseSpeech(
      '标题\n——在会上的讲话\n县长 王某某\n（2026年1月5日）\n今天召开会议。\n一、2025年工作回顾\n正文。',
    )
    expect(head(s)).toEqual({
      title: '标题',
      subtitle: '——在会上的讲话',
      bylines: ['县长 王某某', '（2026年1月5日）'],
      greeting: null,
      opening: ['今天召开会议。'],
    })
  })

  it('a title of two lines is joined with a space; lines past 90 characters of title are bylines or opening', () => {
    expect(parseSpeech('第一行标题\n第二行标题\n同志们：\n开场。\n一、回顾\n正文。').title).toBe(
      '第一行标题 第二行标题',
    )
    // ... but not inside the "在……上的讲话" that names the meeting, which neither line says whole
    expect(parseSpeech('在2026年全区住房和城乡建设\n工作会议上的讲话\n同志们：\n开场。\n一、回顾\n正文。').title).toBe(
      '在2026年全区住房和城乡建设工作会议上的讲话',
    )
    expect(
      parseSpeech('坚定信心 真抓实干\n在全区住房和城乡建设工作会议上的讲话\n同志们：\n开场。\n一、回顾\n正文。').title,
    ).toBe('坚定信心 真抓实干 在全区住房和城乡建设工作会议上的讲话')
    const forty = '这是一个很长的标题'.repeat(4)
    const fortyFive = '这是一个很长的标题'.repeat(5)
    expect(head(parseSpeech(`${forty}\n${fortyFive}\n短的一行\n同志们：\n一、回顾\n正文。`))).toEqual({
      title: `${forty} ${fortyFive} 短的一行`,
      subtitle: null,
      bylines: [],
      greeting: '同志们：',
      opening: [],
    })
    expect(head(parseSpeech(`${fortyFive}\n${fortyFive}题\n同志们：\n一、回顾\n正文。`))).toEqual({
      title: fortyFive,
      subtitle: null,
      bylines: [],
      greeting: '同志们：',
      opening: [`${fortyFive}题`],
    })
  })

  it.each([
    ['在全县卫生健康工作会议上的讲话\n县委副书记、县长 某某', ['县委副书记、县长 某某']],
    ['在全县卫生健康工作会议上的讲话\n某某', ['某某']],
    ['在全县卫生健康工作会议上的讲话\n（2025年12月26日）', ['（2025年12月26日）']],
    ['在全县卫生健康工作会议上的讲话\n某某\n（2025年12月26日）', ['某某', '（2025年12月26日）']],
    [
      '在全市民政工作会议上的发言\n市民政局党组书记、局长\n（2026年2月6日）',
      ['市民政局党组书记、局长', '（2026年2月6日）'],
    ],
    ['在全市民政工作会议上的发言\n张建国同志', ['张建国同志']],
    // a title not ended as a speech's is, before a line that is a speaker by its words
    ['凝心聚力 真抓实干\n副县长 陈立军', ['副县长 陈立军']],
    ['凝心聚力 真抓实干\n县长 王某某', ['县长 王某某']],
  ])('a speaker or date line after the title is a byline: %s', (text, bylines) => {
    const s = parseSpeech(`${text}\n同志们：\n今天召开会议。\n一、回顾\n正文。`)
    expect(s.title).toBe(text.split('\n')[0])
    expect(s.bylines).toEqual(bylines)
  })

  it('before the greeting a sentence is opening, and a section before the first part keeps its number', () => {
    expect(head(parseSpeech('标题\n开头一句。\n（一）先说一点。正文。\n同志们：\n一、回顾\n正文。'))).toEqual({
      title: '标题',
      subtitle: null,
      bylines: [],
      greeting: '同志们：',
      opening: ['开头一句。', '（一）先说一点。正文。'],
    })
  })

  it('after a subtitle or a date, a short line is a byline, not more title', () => {
    expect(head(parseSpeech('标题\n——在会上的讲话\n县长 王某某\n同志们：\n一、回顾\n正文。'))).toEqual({
      title: '标题',
      subtitle: '——在会上的讲话',
      bylines: ['县长 王某某'],
      greeting: '同志们：',
      opening: [],
    })
    expect(head(parseSpeech('（2026年1月5日）\n县长 王某某\n同志们：\n一、回顾\n正文。'))).toMatchObject({
      title: '',
      bylines: ['（2026年1月5日）', '县长 王某某'],
    })
  })

  it('without a greeting, a head line that is a sentence or long ends the head', () => {
    // a short line right after the title is the title's second line: titles are often broken in two
    expect(
      head(parseSpeech('凝心聚力 真抓实干\n奋力开创全县卫生健康事业新局面\n今天召开会议。\n一、回顾\n正文。')),
    ).toEqual({
      title: '凝心聚力 真抓实干 奋力开创全县卫生健康事业新局面',
      subtitle: null,
      bylines: [],
      greeting: null,
      opening: ['今天召开会议。'],
    })
    const long = '字'.repeat(25)
    expect(head(parseSpeech(`标题\n${long}\n一、回顾\n正文。`))).toEqual({
      title: '标题',
      subtitle: null,
      bylines: [],
      greeting: null,
      opening: [long],
    })
    expect(head(parseSpeech(`${'字'.repeat(61)}\n一、回顾\n正文。`)).opening).toEqual(['字'.repeat(61)])
  })
})

describe('parts, sections and items', () => {
  it('renumbers parts and sections written out of order, with a note each', () => {
    const s = parseSpeech('标题\n同志们：\n开场。\n二、回顾\n（二）节\n正文。\n三、任务\n（一）节\n（三）节\n')
    expect(partsOf(s)).toEqual([
      ['二、', '回顾', 'review', null, ['（二） 节', '正文。']],
      ['三、', '任务', 'tasks', null, ['（一） 节'], ['（三） 节']],
    ])
    expect(s.notes).toEqual([
      '原文第1部分编号写成了“二、”，已按顺序重新编号为“一、”。',
      '“回顾”中第1节编号写成了“（二）”，已按顺序重新编号。',
      '原文第2部分编号写成了“三、”，已按顺序重新编号为“二、”。',
      '“任务”中第2节编号写成了“（三）”，已按顺序重新编号。',
    ])
  })

  it('items and paragraphs go to the section they follow, or to the part before any section', () => {
    const s = parseSpeech('同志们：\n开场。\n一、回顾\n正文。\n1.甲。\n（1）子。\n（一）节。正文。\n2.乙。\n段。\n')
    expect(partsOf(s)).toEqual([
      [
        '一、',
        '回顾',
        'review',
        null,
        '正文。',
        '1. 甲。',
        '（1） 子。',
        ['（一） 节。 (run-in)', '正文。', '2. 乙。', '段。'],
      ],
    ])
  })

  it('a kind marker at the end of a heading sets the kind, is removed, and is noted', () => {
    const s = parseSpeech(
      '同志们：\n开场。\n一、重点任务 #任务\n正文。\n二、回顾 #回顾\n正文。\n三、形势 #其他\n正文。',
    )
    expect(partsOf(s)).toEqual([
      ['一、', '重点任务', 'tasks', null, '正文。'],
      ['二、', '回顾', 'review', null, '正文。'],
      ['三、', '形势', 'other', null, '正文。'],
    ])
    expect(s.notes).toEqual([
      '“重点任务 #任务”末尾的“#任务”是部分类型标记，已去掉并把这部分设为“任务”。',
      '“回顾 #回顾”末尾的“#回顾”是部分类型标记，已去掉并把这部分设为“回顾”。',
      '“形势 #其他”末尾的“#其他”是部分类型标记，已去掉并把这部分设为“其他”。',
    ])
  })

  // A secretary's Word file often runs the body on after a short part heading, as a run-in section does.
  it.each([
    [
      '三、压实责任，狠抓落实。各区属企业要对考核排名后2位的企业约谈。',
      '压实责任，狠抓落实。',
      '各区属企业要对考核排名后2位的企业约谈。',
    ],
    [
      '三、加强组织领导，凝聚齐抓共管的强大合力。要每年至少专题研究2次意识形态工作。',
      '加强组织领导，凝聚齐抓共管的强大合力。',
      '要每年至少专题研究2次意识形态工作。',
    ],
    [
      '三、强化工作保障，确保任务落地见效。 各乡镇要配齐专职人员，每个村至少明确1名网格员。',
      '强化工作保障，确保任务落地见效。',
      '各乡镇要配齐专职人员，每个村至少明确1名网格员。',
    ],
  ])('a part heading run on into its body: %s', (line, heading, body) => {
    const s = parseSpeech(`同志们：\n开场。\n一、2025年工作回顾\n正文。\n二、2026年工作任务\n正文。\n${line}`)
    expect(s.parts[2].heading).toBe(heading)
    expect(s.parts[2].blocks).toEqual([{ type: 'paragraph', text: body, level: 3 }])
    expect(s.notes).toEqual([`“三、${heading}”后面接着写的正文已另起一段，作为这一部分的第一段。`])
  })

  it('says when the text holds several speeches, each with its greeting; one speech gets no such note', () => {
    const one =
      '全县人社工作会议讲话\n同志们：\n开场。\n一、2025年工作回顾\n正文。\n二、2026年工作任务\n正文。\n同志们，谢谢！'
    expect(parseSpeech(one).notes).toEqual([])
    const three = [one, one.replace('人社', '民政'), one.replace('人社', '交通')].join('\n')
    expect(parseSpeech(three).notes[0]).toBe(
      '这段文字里有 3 处单独成行的称呼（如“同志们：”），像是几篇讲稿连在一起。只有第一篇的结构按讲稿识别，其余都当作它的正文；请一次只导入一篇。',
    )
  })

  it('a part heading of one sentence stays whole, with or without its full stop', () => {
    for (const heading of ['2025年工作回顾', '坚持稳中求进，推动高质量发展。']) {
      const s = parseSpeech(`同志们：\n一、${heading}\n正文。`)
      expect(s.parts.map((p) => [p.heading, ...p.blocks.map(blockView)])).toEqual([[heading, '正文。']])
      expect(s.notes).toEqual([])
    }
  })

  it('moves the whole-year paragraphs after a review’s last section to the part', () => {
    const s = parseSpeech(
      '同志们：\n开场。\n一、2024年工作回顾\n（一）节\n段。\n同时，我们也看到不足。\n一年来的实践表明。\n二、任务\n（一）节\n段。\n同时，要看到。\n',
    )
    expect(partsOf(s)).toEqual([
      ['一、', '2024年工作回顾', 'review', 2024, ['（一） 节', '段。'], '同时，我们也看到不足。', '一年来的实践表明。'],
      ['二、', '任务', 'tasks', 2025, ['（一） 节', '段。', '同时，要看到。']],
    ])
    // the first paragraph of a section is its own, even when it opens like a summary
    expect(partsOf(parseSpeech('同志们：\n一、2024年工作回顾\n（一）节\n同时，推进改革。\n'))[0]).toEqual([
      '一、',
      '2024年工作回顾',
      'review',
      2024,
      ['（一） 节', '同时，推进改革。'],
    ])
  })
})

describe('the closing', () => {
  it('starts at the paragraph turning to the audience, in the last section, and takes all after it', () => {
    const s = parseSpeech('同志们：\n开场。\n一、回顾\n正文。\n（一）节\n段。\n同志们，让我们奋进！\n1.甲。\n后面。')
    expect(s.closing).toEqual(['同志们，让我们奋进！', '1.甲。', '后面。'])
    expect(partsOf(s)).toEqual([['一、', '回顾', 'review', null, '正文。', ['（一） 节', '段。']]])
  })

  it('takes the paragraphs after the last section too when it starts in that section', () => {
    const s = parseSpeech('同志们：\n开场。\n一、回顾\n（一）节\n段。\n同志们，让我们奋进！\n（1）再说。\n')
    expect(s.closing).toEqual(['同志们，让我们奋进！', '（1）再说。'])
  })

  it('starts in the last part after its sections', () => {
    const s = parseSpeech(
      '同志们：\n开场。\n一、回顾\n（一）节\n段。\n二、工作要求\n一要严。\n同志们，谢谢大家。\n好。',
    )
    expect(s.closing).toEqual(['同志们，谢谢大家。', '好。'])
    expect(partsOf(s).at(-1)).toEqual(['二、', '工作要求', 'requirements', null, '一要严。'])
  })

  it('starts at the paragraph turning to a council or congress by the names its greeting used', () => {
    for (const [greeting, close] of [
      ['各位执委、同志们：', '各位执委、同志们，民营经济大有可为。'],
      ['各位委员：', '各位委员，让我们奋进！'],
      ['各位代表、同志们、朋友们：', '同志们、朋友们，让我们奋进！'],
    ]) {
      const s = parseSpeech(`${greeting}\n开场。\n一、回顾\n（一）节\n段。\n二、工作要求\n一要严。\n${close}\n好。`)
      expect([s.greeting, s.closing]).toEqual([greeting, [close, '好。']])
    }
    expect(parseSpeech('各位委员：\n开场。\n一、回顾\n正文。\n各位委员要带头履职。').closing).toEqual([])
  })

  it('is not a 同志们， followed by more sections, nor the run-in heading of the last section', () => {
    expect(
      parseSpeech('同志们：\n开场。\n一、回顾\n正文。\n（一）节\n同志们，还要说。\n（二）节\n段。').closing,
    ).toEqual([])
    expect(parseSpeech('同志们：\n开场。\n一、回顾\n同志们，还要说。\n（一）节\n段。').closing).toEqual([])
    expect(parseSpeech('同志们：\n开场。\n一、回顾\n正文。\n（一）同志们，先说。后面。').closing).toEqual([])
  })

  it('in a speech without parts, starts at a later paragraph of the opening turning to the audience', () => {
    const s = parseSpeech('同志们：\n开场。\n同志们，谢谢。')
    expect([s.opening, s.closing]).toEqual([['开场。'], ['同志们，谢谢。']])
    expect(parseSpeech('同志们：\n同志们，开场。\n再说。').closing).toEqual([])
  })

  it('is a last short 谢谢 or a last rallying paragraph, when the part has more than it', () => {
    expect(parseSpeech('同志们：\n开场。\n一、回顾\n正文。\n谢谢大家！').closing).toEqual(['谢谢大家！'])
    expect(parseSpeech('同志们：\n开场。\n一、回顾\n谢谢大家！').closing).toEqual([])
    expect(parseSpeech('同志们：\n开场。\n一、回顾\n（一）节\n正文。\n谢谢！').closing).toEqual(['谢谢！'])
    const rally = '新的一年，让我们团结一心，奋力谱写新篇章！'
    expect(parseSpeech(`同志们：\n开场。\n一、回顾\n正文。\n${rally}`).closing).toEqual([rally])
    const thanks40 = `${'字'.repeat(35)}谢谢大家！`
    expect(parseSpeech(`同志们：\n开场。\n一、回顾\n正文。\n${thanks40}`).closing).toEqual([thanks40])
    const thanks = `${'字'.repeat(36)}谢谢大家！`
    expect(parseSpeech(`同志们：\n开场。\n一、回顾\n正文。\n${thanks}`).closing).toEqual([])
    const longRally = `让我们${'字'.repeat(237)}！`
    expect(parseSpeech(`同志们：\n开场。\n一、回顾\n正文。\n${longRally}`).closing).toEqual([])
    const rally240 = `让我们${'字'.repeat(236)}！`
    expect(parseSpeech(`同志们：\n开场。\n一、回顾\n正文。\n${rally240}`).closing).toEqual([rally240])
    expect(parseSpeech('同志们：\n开场。\n一、回顾\n正文。\n1.谢谢！').closing).toEqual([])
  })
})

describe('the years of the speech, by votes', () => {
  it.each([
    ['a review heading', '同志们：\n开场。\n一、2025年工作回顾\n正文。', [2025, 2026]],
    ['a tasks heading', '同志们：\n开场。\n一、2026年工作任务\n正文。', [2025, 2026]],
    ['a requirements heading', '同志们：\n开场。\n一、做好2026年工作的要求\n正文。', [2025, 2026]],
    // A heading that does a year's work is the plan's: it outvotes an opening's slipped year (图书馆, 住建, 统计).
    [
      'a heading that does a year’s work, against a slipped opening',
      '同志们：\n今天召开会议，部署2025年工作任务。\n一、成效明显\n正文。\n二、突出重点抓好2026年工作\n正文。',
      [2025, 2026],
    ],
    [
      'a heading that does a year’s work',
      '同志们：\n开场。\n一、扎实做好2026年住房城乡建设各项工作\n正文。',
      [2025, 2026],
    ],
    [
      'a heading that does a year’s work, with a quality',
      '同志们：\n开场。\n一、全力干好2027年统计工作\n正文。',
      [2026, 2027],
    ],
    // Not a doing of a year's work: its year is reviewed.
    [
      'a review heading that names the year’s work done',
      '同志们：\n开场。\n一、2025年统计工作成效\n正文。',
      [2025, 2026],
    ],
    // Why doing the year's work matters: an 认识 part, whose year does not vote as a plan's.
    [
      'a heading on why the year’s work matters',
      '同志们：\n今天召开会议，部署2027年工作任务。\n一、深刻认识做好2026年“三农”工作的重要意义\n正文。',
      [2026, 2027],
    ],
    // The year whose best the meeting commends is the year reviewed (科技, 应急), over a slipped subtitle.
    [
      'an opening that commends a year’s best',
      '同志们：\n今天召开大会，表彰2025年度安全生产先进单位，部署今年工作。\n一、主题\n正文。',
      [2025, 2026],
    ],
    [
      'an opening that commends a year’s best, against a subtitle kept from last year',
      '以科技创新引领发展\n——在2025年全区科技创新大会上的讲话\n同志们：\n新春伊始，我们召开大会，表彰2025年度科技创新先进集体和先进个人，部署今年工作。\n一、科技创新实现新突破\n2025年，全区研发投入18.6亿元。\n二、奋力开创新局面\n2026年全区科技工作的主要目标是：研发投入强度达到2.8%。',
      [2025, 2026],
    ],
    // A meeting that reviews the year it is held in commends a closed year's best: the year before
    // (tryout 16, B1: 应急 in June; 教育, 住建 undated by month, its campaign to the year's end).
    [
      'a June campaign that reviews 今年以来 and commends last year’s best',
      '在全县安全生产“百日攻坚”行动动员部署会上的讲话\n（2026年6月10日）\n同志们：\n今天召开会议，回顾今年以来全县安全生产工作，动员部署“百日攻坚”行动。刚才，会上表彰了2025年度安全生产先进集体和先进个人。\n一、认清形势\n今年以来，全县安全生产形势总体平稳。\n二、聚焦重点\n正文。',
      [2026, 2026],
    ],
    [
      'a June summer-safety meeting that commends last year’s best',
      '在全区中小学暑期安全工作动员部署会上的讲话\n（2026年6月24日）\n同志们：\n今天召开会议，表彰2025年度平安校园先进单位，部署今年暑期安全工作。今年以来，全区校园安全形势总体稳定。\n一、认清形势\n正文。\n二、突出重点\n正文。',
      [2026, 2026],
    ],
    [
      'a gas campaign without a month that ends with the year and commends last year’s best',
      '在全县城镇燃气安全专项整治动员部署会上的讲话\n同志们：\n今天召开会议，表彰2025年度燃气安全管理先进单位。今年以来，全县燃气安全形势总体平稳。\n一、认清形势\n正文。\n二、整治重点\n专项整治自即日起开展，到2026年12月底结束。',
      [2026, 2026],
    ],
    // Review 29b: an older year commended (2024年度 at a June 2026 campaign) votes for no year of the meeting.
    [
      'a June campaign that commends an older year’s best',
      '在全县安全生产“百日攻坚”行动动员部署会上的讲话\n（2026年6月10日）\n同志们：\n今天召开会议，回顾今年以来全县安全生产工作，动员部署“百日攻坚”行动。刚才，会上表彰了2024年度安全生产先进集体和先进个人。\n一、认清形势\n今年以来，全县安全生产形势总体平稳。\n二、聚焦重点\n正文。',
      [2026, 2026],
    ],
    // Not a closed year: a September meeting that commends its own year's teachers.
    [
      'a September meeting that commends this year’s best',
      '在全县庆祝第42个教师节暨表彰大会上的讲话\n（2026年9月9日）\n同志们：\n今天召开大会，表彰2026年度优秀教师。今年以来，全县教育工作取得新进展。\n一、成绩\n正文。\n二、任务\n正文。',
      [2026, 2026],
    ],
    ['a heading of no kind: its year is reviewed', '同志们：\n开场。\n一、2023年情况\n正文。', [2023, 2024]],
    ['a date in December', '（2025年12月26日）\n同志们：\n开场。\n一、主题\n正文。', [2025, 2026]],
    ['a date in November', '（2025年11月2日）\n同志们：\n开场。\n一、主题\n正文。', [2025, 2026]],
    ['a date in October', '（2025年10月2日）\n同志们：\n开场。\n一、主题\n正文。', [2024, 2025]],
    [
      'a date in October, a speech towards next year (its title)',
      '抓早抓实秋冬种 夯实明年夏粮丰收基础\n（2026年10月15日）\n同志们：\n开场。\n一、今年粮食生产再获丰收\n正文。\n二、突出重点抓好秋冬种\n正文。',
      [2026, 2027],
    ],
    [
      'a date in September, a speech towards next year (its words, twice)',
      '（2026年9月8日）\n同志们：\n开场。\n一、今年招生工作回顾\n正文。\n二、做好明年招生准备\n为明年秋季招生打好基础，明年力争新增学位300个。',
      [2026, 2027],
    ],
    [
      'a date in September, a campaign that reviews the year so far and works to its end',
      '（2026年9月24日）\n同志们：\n开场。\n一、今年以来工作情况\n今年以来，全县共受理欠薪案件186件。\n二、攻坚任务\n年底前全部办结。',
      [2026, 2026],
    ],
    [
      'a date in June, a campaign that counts the year so far and reviews no past year',
      '（2026年6月24日）\n同志们：\n开场。\n一、认清形势\n去年暑期，全市发生溺水事故4起。今年以来，全区排查出危险水域127处。\n二、专项行动\n确保不发生溺水死亡事故。',
      [2026, 2026],
    ],
    [
      'a date in May, the year so far in a business-environment drive (no past year reviewed)',
      '（2026年5月12日）\n同志们：\n今年以来，全市新增经营主体1.2万户。\n一、攻坚重点\n年底前全部办结。',
      [2026, 2026],
    ],
    [
      'a date in May, a harvest meeting whose situation part sets this year against last (no past year reviewed)',
      '（2026年5月27日）\n同志们：\n开场。\n一、认清形势\n今年全县小麦种植面积35万亩，比上年增加0.6万亩。\n二、突出重点\n确保颗粒归仓。',
      [2026, 2026],
    ],
    // 教育 考务, 应急 防汛: last year's result recalled in passing (no figure, mid-paragraph) reviews no past year.
    [
      'a date in May, an exam meeting that sets this year against last and recalls last year’s result in passing',
      '（2026年5月28日）\n同志们：\n开场。\n一、认清形势\n今年全县高考报名考生3,862人，比上年增加145人。\n高考事关考生切身利益。去年，我县高考实现了“零差错”，得到了肯定。\n二、突出重点\n确保考试安全。',
      [2026, 2026],
    ],
    [
      'a date in June, a flood-season meeting that counts this year and recalls last year’s flood in passing',
      '（2026年6月3日）\n同志们：\n开场。\n一、认清形势\n今年入汛以来，全县平均降雨量182毫米。汛期形势复杂。去年，我县成功抵御了特大暴雨。\n二、防汛任务\n确保安全度汛。',
      [2026, 2026],
    ],
    // 高校, 人社, 住建: figures stated at last year's end review last year, whatever 今年以来 is said.
    [
      'a date in April, 今年以来 in the review beside figures stated at last year’s end: last year is reviewed',
      '（2026年4月16日）\n同志们：\n开场。\n一、就业工作成绩来之不易\n今年以来，学院坚持把就业作为“一把手”工程。截至2025年12月31日，落实毕业去向3,115人。\n二、全力抓好今年就业工作\n确保去向落实率不低于95%。',
      [2025, 2026],
    ],
    [
      'a date in May, 今年以来 beside a stock stated at last year’s end: last year is reviewed',
      '（2026年5月10日）\n同志们：\n开场。\n一、去年工作回顾\n截至2025年底，全县累计改造老旧小区126个。今年以来，新开工改造小区18个。\n二、今年重点任务\n全年改造老旧小区40个。',
      [2025, 2026],
    ],
    [
      'a date in June, 今年以来 beside the end of the year before last: the year so far is reviewed',
      '（2026年6月24日）\n同志们：\n开场。\n一、认清形势\n截至2024年底，全区有危险水域210处。今年以来，全区排查出危险水域127处。\n二、专项行动\n确保不发生溺水死亡事故。',
      [2026, 2026],
    ],
    [
      'a date in May, the same meeting that reports last year with its figures: last year is reviewed',
      '（2026年5月28日）\n同志们：\n开场。\n一、认清形势\n今年全县高考报名考生3,862人，比上年增加145人。形势总体向好。去年，全县高考本科上线率达到68.5%。\n二、突出重点\n确保考试安全。',
      [2025, 2026],
    ],
    // 教育, 林业, 住建 供热: a review of a working year that crosses the turn of the calendar year is
    // held after it ends, in the year whose new season it plans.
    [
      'a school-opening meeting named by its year that reviews 上学年',
      '在全县2025年秋季开学工作会议上的讲话\n同志们：\n今天召开这次会议，就是要回顾上学年工作，部署秋季开学工作。\n一、上学年工作取得新成绩\n全县中考上线率52.0%。\n二、做好开学准备\n确保按时开学。',
      [2025, 2025],
    ],
    [
      'a date in September, a survey meeting that reviews 上一防治年度',
      '（2026年9月8日）\n同志们：\n今天召开这次部署会，主要是总结上一防治年度工作，部署秋季普查。\n一、上一防治年度疫情防控成效明显\n除治率达到99.2%。\n二、抓好秋季普查\n普查覆盖率达到100%。',
      [2026, 2026],
    ],
    [
      'a date in October, a heating meeting that reviews 上一采暖季',
      '（2026年10月12日）\n同志们：\n开场。\n一、上一采暖季供热运行平稳\n全市供热面积2,860万平方米。\n二、做好新采暖季准备\n确保按时供热。',
      [2026, 2026],
    ],
    [
      'a date in February, a meeting that commends 上一年度 (last year) is not a season year',
      '（2026年2月12日）\n同志们：\n今天的会议对上一年度考核优秀的单位给予表扬。\n一、2025年工作回顾\n全县财政收入12.6亿元。\n二、2026年重点任务\n确保增长。',
      [2025, 2026],
    ],
    // 教育局, 中学, 职业学校: 上学期 reviewed at the autumn term's opening is the spring of the year
    // held in; at the spring term's opening it is last year's autumn.
    [
      'a date in August, an autumn-term opening meeting that reviews 上学期 (the spring term just past)',
      '（2026年8月28日）\n同志们：\n今天召开会议，主要是总结上学期工作，安排部署本学期重点任务。\n一、肯定成绩，上学期各项工作扎实有效\n新建校舍3.26万平方米。\n二、突出重点，做好本学期工作\n确保按时开学。',
      [2026, 2026],
    ],
    [
      'a date in September, a school whose review heading names 上学期',
      '（2026年9月2日）\n同志们：\n开场。\n一、上学期工作回顾\n期末考试合格率98.5%。\n二、本学期重点工作\n确保教学质量稳步提升。',
      [2026, 2026],
    ],
    [
      'no date line, a meeting named 秋季学期 that reviews 上学期',
      '在市职业学校2026年秋季学期教育教学工作会议上的讲话\n同志们：\n今天的会议，先回顾一下上学期的教育教学工作，再对本学期工作作出安排。\n一、上学期主要工作完成情况\n技能大赛获奖32项。\n二、本学期重点工作\n确保就业率98%以上。',
      [2026, 2026],
    ],
    [
      'a date in February, a spring-term meeting that reviews 上学期 (last year’s autumn): last year is reviewed',
      '（2026年2月27日）\n同志们：\n今天召开会议，主要是总结上学期工作，部署本学期工作。\n一、上学期工作回顾\n期末考试合格率98.5%。\n二、本学期重点工作\n确保教学质量稳步提升。',
      [2025, 2026],
    ],
    // No date line: a meeting that counts the year so far and works to a named year's end is held in
    // that year (住建 燃气整治, 生态环境 督察整改, 信访 积案化解).
    [
      'no date line, a June campaign that counts 今年以来 and runs to a named year’s end',
      '同志们：\n开场。\n一、前期工作情况\n全县燃气用户8.62万户。今年以来，开展联合检查186次。\n二、重点任务\n这次专项整治从现在开始到2026年12月底结束。',
      [2026, 2026],
    ],
    [
      'no date line, a rectification push that counts 今年以来 and works to finish before a named year’s end',
      '同志们：\n开场。\n一、整改取得阶段性成效\n今年以来累计投入整改资金2.36亿元。\n二、压实整改责任\n确保2026年底前完成全部年度整改任务。',
      [2026, 2026],
    ],
    [
      'no date line, a petitions drive that counts 今年以来 and settles all by 12月31日 of its year',
      '同志们：\n今年以来，全县受理信访事项1,286件。\n一、集中攻坚\n对排查出的信访积案，2026年12月31日前全部办结。',
      [2026, 2026],
    ],
    // 人社 欠薪, 信访, 应急 消防: a winter campaign with no date line that runs to next year's 春节.
    [
      'no date line, a winter campaign that counts 今年以来 and runs to next year’s 春节',
      '同志们：\n今天部署从现在起到2027年春节前的专项行动。\n一、今年以来的工作\n今年以来，全县受理欠薪投诉186件。\n二、重点任务\n专项行动到2027年2月5日（星期五）结束。',
      [2026, 2026],
    ],
    [
      'no date line, a petitions drive that counts 今年以来 and settles all before a date in next January',
      '同志们：\n开场。\n一、工作进展\n今年以来，全县受理信访事项1,286件。\n二、集中攻坚\n对排查出的信访积案，2027年1月15日前全部办结。',
      [2026, 2026],
    ],
    [
      'no date line, the same turn-of-year deadline in a speech that reviews last year (一年来): no year guessed',
      '同志们：\n开场。\n一、一年来的主要工作\n今年以来，开展消防检查186次。\n二、重点任务\n冬春火灾防控到2027年2月底结束。',
      [null, null],
    ],
    // 发改 规划, 财政, 农业农村: a speech that names its year only where its tasks restate a level as their base.
    [
      'no date line, a five-year plan’s tasks built on a named year’s level (在2025年286.4亿元的基础上): that year reviewed',
      '同志们：\n开场。\n一、深刻认识规划编制的重大意义\n五年来，全县经济实力明显增强。\n二、把目标任务细化实化\n到2030年，全县地区生产总值在2025年286.4亿元的基础上突破400亿元。',
      [2025, 2026],
    ],
    [
      'no date line, a budget’s tasks built on a named year’s revenue: that year reviewed',
      '同志们：\n开场。\n一、财政运行情况\n收支总体平稳。\n二、明确预算安排\n一般公共预算收入在2025年12.6亿元的基础上增长6%。',
      [2025, 2026],
    ],
    [
      'no date line, a long-range goal on a base year with no figure (在2020年的基础上翻一番): no year told',
      '同志们：\n开场。\n一、深刻认识规划编制的重大意义\n五年来，全县经济实力明显增强。\n二、把目标任务细化实化\n到2035年，人均地区生产总值在2020年的基础上翻一番。',
      [null, null],
    ],
    // 公安 交通, 发改, 教育: a speech that names its year only where its tasks state the year's goal.
    [
      'no date line, 去年 reviewed and only the tasks’ “2026年……工作的总体目标是” naming a year',
      '同志们：\n今天通报去年情况，部署今年工作。\n一、客观看待去年道路交通安全形势\n去年，全县共发生道路交通事故86起。\n二、全力抓好今年工作\n2026年全县道路交通安全工作的总体目标是：事故起数下降5%以上。',
      [2025, 2026],
    ],
    [
      'no date line, a plan whose goal is stated for its year (2026年全县经济社会发展的主要预期目标是)',
      '同志们：\n开场。\n一、过去一年工作\n全县地区生产总值增长5.8%。\n二、今年工作安排\n2026年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。',
      [2025, 2026],
    ],
    // 卫健 托育, 农业农村, 民政: no deadline, but levels stated at last year's end before the year so far.
    [
      'no date line, 今年以来 after a level reached at last year’s end (增加到2025年底的): the year after',
      '同志们：\n今天通报今年以来工作进展。\n一、今年以来工作进展\n全县托位由2020年底的440个增加到2025年底的1,890个；今年以来又新增托位270个。\n二、重点任务\n力争到2027年普惠托位占比达到60%以上。',
      [2026, 2026],
    ],
    [
      'no date line, 今年以来 after figures 截至2025年底: the year after',
      '同志们：\n开场。\n一、工作进展\n截至2025年底，全县累计建成高标准农田28.6万亩。今年以来，新建高标准农田1.2万亩。\n二、重点任务\n确保完成全年任务。',
      [2026, 2026],
    ],
    [
      'no date line, a level at a year’s end but a later year named as the speech’s own: no year guessed',
      '同志们：\n开场。\n一、工作进展\n截至2024年底，全县养老机构46家。今年以来，新增养老床位320张。2026年全县将新建养老机构3家。\n二、重点任务\n确保完成。',
      [null, null],
    ],
    [
      'no date line, the same deadline in a speech that reviews last year (一年来): it plans the deadline’s year',
      '同志们：\n开场。\n一、一年来的主要工作\n今年以来，开展联合检查186次。\n二、重点任务\n确保2026年底前完成全部整改。',
      [null, null],
    ],
    [
      'no date line, the same deadline without the year so far counted: no year told',
      '同志们：\n开场。\n一、前期工作情况\n全县燃气用户8.62万户。\n二、重点任务\n确保2026年底前完成全部整改。',
      [null, null],
    ],
    [
      'a date in June, a flood-season meeting that counts this year since the rains began',
      '（2026年6月3日）\n同志们：\n开场。\n一、认清形势\n今年入汛以来，全县平均降雨量182毫米。\n二、防汛任务\n确保安全度汛。',
      [2026, 2026],
    ],
    [
      'a date in May, this year against last said as a target: last year is still reviewed',
      '（2026年5月6日）\n同志们：\n开场。\n一、认清形势\n今年要确保粮食播种面积比上年增加0.5万亩。\n二、夏管任务\n确保丰收。',
      [2025, 2026],
    ],
    [
      'a date in April, a flood-season meeting that reviews last year and says 今年以来 in passing',
      '（2026年4月14日）\n同志们：\n今年以来，全县降雨偏少。\n一、去年防汛工作经受住了考验\n全县转移群众3,842户。\n二、今年防汛任务\n确保安全度汛。',
      [2025, 2026],
    ],
    [
      'a date in May, a farming meeting whose first part opens with last year',
      '（2026年5月6日）\n同志们：\n今年以来，春播进展顺利。\n一、粮食生产\n2025年，全县粮食总产量36.2万吨。\n二、夏管任务\n确保丰收。',
      [2025, 2026],
    ],
    [
      'a date in March, 今年以来 is a few weeks: last year is still reviewed',
      '（2026年3月10日）\n同志们：\n今年以来，全县新增就业1,250人。\n一、攻坚重点\n确保完成。',
      [2025, 2026],
    ],
    [
      'a title year slipped against the date line: the review opening with its flood season sides with the date',
      '在全县2025年防汛工作动员部署会议上的讲话\n（2026年4月14日）\n同志们：\n开场。\n一、去年防汛工作经受住了考验\n2025年汛期，全县转移群众3,842户，同比增加12.5%，实现了零伤亡。\n二、今年防汛任务\n确保安全度汛。',
      [2025, 2026],
    ],
    [
      'a review paragraph opening with its whole year votes for it',
      '同志们：\n开场。\n一、主要成效\n2025年全年，全县新增就业3,250人。\n二、主要任务\n确保完成。',
      [2025, 2026],
    ],
    [
      'a date in December, a sprint that counts 1—11月 and works to finish its own year (no review part, no next year)',
      '（2026年12月3日）\n同志们：\n今天召开会议，确保2026年组织收入任务圆满完成。\n一、认清形势，坚定完成全年任务的信心\n1—11月，全县累计组织税费收入28.64亿元。\n二、全力打好收入收官战\n确保12月底前清缴欠税2,000万元以上。',
      [2026, 2026],
    ],
    [
      'a date in November, a 决战四季度 push of a development zone that counts 今年以来',
      '（2025年11月6日）\n同志们：\n开场。\n一、认清形势\n今年以来，全区签约项目47个。\n二、决战四季度\n力争年底前完成全部开工。',
      [2025, 2025],
    ],
    // A winter campaign that ends before 春节 (人社 欠薪, 信访 积案): next year named only by its dates.
    [
      'a date in November, a winter campaign that counts 今年以来 and ends before 春节',
      '（2026年11月16日）\n同志们：\n开场。\n一、认清形势\n今年以来，全县共受理欠薪案件214起。\n二、专项行动\n行动到2027年2月5日结束，即春节前全部收官。',
      [2026, 2026],
    ],
    [
      'a date in December, a campaign on petitions from 12月 to next January, done before 春节',
      '（2026年12月2日）\n同志们：\n开场。\n一、认清形势\n今年以来，全县受理信访事项1,286件。\n二、集中攻坚\n12月10日至2027年1月31日集中化解，力争春节前办结全部信访积案。',
      [2026, 2026],
    ],
    [
      'a date in November, the same campaign that also plans past 春节',
      '（2026年11月16日）\n同志们：\n开场。\n一、认清形势\n今年以来，全县共受理欠薪案件214起。\n二、专项行动\n确保春节前全部收官，2027年6月底前建立长效机制。',
      [2026, 2027],
    ],
    [
      'a date in November, a 今冬明春 campaign to next March',
      '（2025年11月14日）\n同志们：\n开场。\n一、认清形势\n今年以来，全县发生火灾286起。\n二、攻坚任务\n今冬明春攻坚到2026年3月底结束，确保春节前全部整改到位。',
      [2025, 2026],
    ],
    [
      'a date in December, the same sprint with a review part: it reviews the year and plans the next',
      '（2026年12月3日）\n同志们：\n开场。\n一、今年以来工作回顾\n1—11月，全县累计组织税费收入28.64亿元。\n二、全力打好收入收官战\n确保12月底前清缴欠税2,000万元以上。',
      [2026, 2027],
    ],
    [
      'a date in December, the same sprint that looks to next year',
      '（2026年12月3日）\n同志们：\n开场。\n一、认清形势\n1—11月，全县累计组织税费收入28.64亿元。\n二、全力打好收入收官战\n确保12月底前清缴欠税2,000万元以上，为明年开好局打下基础。',
      [2026, 2027],
    ],
    [
      'a date in December, 1—11月 counted but nothing said of finishing the year',
      '（2026年12月3日）\n同志们：\n开场。\n一、认清形势\n1—11月，全县累计组织税费收入28.64亿元。\n二、主要任务\n深化改革。',
      [2026, 2027],
    ],
    [
      'a date in August, 1—7月 told first',
      '（2026年8月12日）\n同志们：\n1—7月，全县完成固定资产投资86亿元。\n一、攻坚重点\n确保完成全年任务。',
      [2026, 2026],
    ],
    [
      'a date in September, a campaign of its own year that names next year once',
      '（2026年9月8日）\n同志们：\n开场。\n一、百日攻坚行动部署\n确保年底前完成整治，明年接受验收。',
      [2025, 2026],
    ],
    [
      'a tie between the opening’s two years: the later',
      '同志们：\n今天总结2024年工作，部署2026年任务。\n一、主题\n正文。',
      [2025, 2026],
    ],
    [
      'the headings outvote the opening',
      '同志们：\n今天总结2024年工作。\n一、2025年工作回顾\n正文。\n二、2026年工作任务\n正文。',
      [2025, 2026],
    ],
    [
      'the opening outvotes a date kept from last year',
      '（2024年1月5日）\n同志们：\n今天总结2024年工作。\n一、主题\n正文。',
      [2024, 2025],
    ],
    [
      'a review heading kept from last year is outvoted by the opening and the subtitle’s meeting year',
      '标题\n——在全县2026年春季动物疫病集中免疫动员大会上的讲话\n同志们：\n今天总结2025年全县动物防疫工作。\n一、充分肯定2024年全县动物防疫工作成绩\n正文。',
      [2025, 2026],
    ],
    [
      'a review heading kept from last year does not outvote the opening and the date line',
      '（2026年2月10日）\n同志们：\n今天总结2025年全县统计工作。\n一、2024年统计工作成效\n正文。',
      [2025, 2026],
    ],
    [
      'a tasks heading kept from last year does not outvote the opening and the date line',
      '（2026年2月10日）\n同志们：\n今天部署2026年全县统计工作。\n一、2025年统计工作任务\n正文。',
      [2025, 2026],
    ],
    [
      'a meeting named as a review and a plan',
      '标题\n——在全镇2025年经济工作总结暨2026年工作部署会议上的讲话\n同志们：\n开场。\n一、主题\n正文。',
      [2025, 2026],
    ],
    [
      'a title that names the meeting, without a subtitle',
      '在全县2026年春季动物疫病集中免疫动员大会上的讲话\n同志们：\n开场。\n一、主题\n正文。',
      [2025, 2026],
    ],
    ['a title that names no meeting does not vote', '2025年工作总结\n同志们：\n开场。\n一、主题\n正文。', [null, null]],
    [
      'a meeting named by a term of a year kept from last term does not outvote the date line (on a tie, the later year)',
      '标题\n——在县第一中学2025年春季学期教育教学工作会议上的讲话\n（2026年2月27日）\n老师们、同志们：\n开场。\n一、主题\n正文。',
      [2025, 2026],
    ],
    [
      'nor does a quarter’s meeting',
      '标题\n——在全县2025年第一季度经济运行调度会上的讲话\n（2026年3月10日）\n同志们：\n开场。\n一、主题\n正文。',
      [2025, 2026],
    ],
    [
      'a meeting named by its year (a season of it, 春季) still outvotes a date line kept from last year',
      '标题\n——在全县2026年春季动物疫病集中免疫动员大会上的讲话\n（2025年2月27日）\n同志们：\n开场。\n一、主题\n正文。',
      [2025, 2026],
    ],
    // Given in its own year's December, a meeting named by its year reviews it (街道垃圾分类, 县安全生产);
    // one named by the next year plans that (档案).
    [
      'a meeting named by its year and dated in that year’s December reviews it',
      '在青山街道2026年垃圾分类工作推进会上的讲话\n（2026年12月18日）\n同志们：\n开场。\n一、主题\n正文。',
      [2026, 2027],
    ],
    [
      'a meeting named by its year and dated in that year’s November reviews it',
      '标题\n——在全县2026年安全生产工作会议上的讲话\n（2026年11月26日）\n同志们：\n开场。\n一、主题\n正文。',
      [2026, 2027],
    ],
    [
      'a meeting named by the next year and dated in December plans it',
      '标题\n——在2027年全县档案工作会议上的讲话\n（2026年12月28日）\n同志们：\n开场。\n一、主题\n正文。',
      [2026, 2027],
    ],
    [
      'a meeting of a year’s review (年度) names no plan year',
      '标题\n——在全县2025年度先进集体表彰大会上的讲话\n同志们：\n开场。\n一、主题\n正文。',
      [null, null],
    ],
    [
      'a meeting named by the 年度 of its work plans that year',
      '在县融媒体中心2026年度工作会议上的讲话\n同志们：\n开场。\n一、主题\n正文。',
      [2025, 2026],
    ],
    [
      'a 年度 meeting of the year past (述职评议) names no plan year',
      '标题\n——在县直机关2025年度述职评议工作会议上的讲话\n同志们：\n开场。\n一、主题\n正文。',
      [null, null],
    ],
    [
      'a 年度 meeting early in the year: last year’s results in the opening, imperative parts, 今年 the first year of a plan',
      '在县融媒体中心2026年度工作会议上的讲话\n同志们：\n去年，中心全年发布各类稿件1.86万条，全平台阅读量达到3.26亿次，同比增长18.6%。\n一、抓内容。2026年，全平台阅读量力争突破4亿次，确保全年不出导向性差错。\n二、抓队伍。中心现有干部职工104人。今年计划招聘专业技术人员6名。\n同志们，今年是“十五五”开局之年。谢谢大家！',
      [2025, 2026],
    ],
    [
      'a meeting named by its year is held early in it: its 今年 is the plan year, against a tasks heading kept from last year',
      '标题\n——在2026年全县科协工作会议上的讲话\n同志们：\n开场。\n一、2025年工作任务\n今年是“十五五”开局之年。',
      [2025, 2026],
    ],
    [
      'in December, 明年 is the plan year: its stage of the five-year plan outvotes a date line kept from last year',
      '（2025年12月29日）\n同志们：\n开场。\n一、今年工作回顾\n正文。\n二、明年重点工作\n明年是“十五五”规划实施的第二年。',
      [2026, 2027],
    ],
    [
      'in December, 今年 is the review year',
      '（2024年12月26日）\n同志们：\n开场。\n一、今年工作回顾\n今年是“十四五”规划收官之年。\n二、明年重点工作\n正文。',
      [2025, 2026],
    ],
    [
      'early in the year, 今年 is the plan year',
      '（2025年2月10日）\n同志们：\n开场。\n一、去年工作回顾\n正文。\n二、今年重点工作\n今年是“十五五”开局之年。',
      [2025, 2026],
    ],
    [
      'without a dated line, 今年 and 明年 tell nothing',
      '同志们：\n开场。\n一、工作回顾\n正文。\n二、重点工作\n明年是“十五五”开局之年。',
      [null, null],
    ],
    [
      'a first part that sets the scene, then reviews its year mid-paragraph, outvotes a date line kept from last year (on a tie, the later year)',
      '（2025年3月12日）\n同志们：\n开场。\n一、提高站位，深刻认识专项行动的重要性\n网络空间是共同的精神家园。2025年，全区共处置有害信息3.62万条。\n二、聚焦重点\n正文。',
      [2025, 2026],
    ],
    [
      'a year that opens no sentence does not vote',
      '（2025年3月12日）\n同志们：\n开场。\n一、提高站位，深刻认识专项行动的重要性\n网络空间是共同的精神家园，2025年全区共处置有害信息3.62万条。\n二、聚焦重点\n正文。',
      [2024, 2025],
    ],
    [
      'a mid-year meeting (上半年 reviewed, 下半年 planned) reviews and plans the year it is held in',
      '标题\n（2026年7月10日）\n同志们：\n今天召开会议，主要是回顾全市今年上半年统计工作，安排部署下半年工作。\n一、上半年主要工作\n今年以来，全市完成统计调查项目46个。\n二、下半年工作打算\n正文。',
      [2026, 2026],
    ],
    [
      'so by its headings alone, its review’s year outvoting nothing (住建, 税务)',
      '标题\n——在全市税务系统2026年年中工作会议上的讲话\n同志们：\n开场。\n一、2026年上半年工作回顾\n2026年上半年，全局组织税收收入12.6亿元。\n二、下半年重点任务\n正文。',
      [2026, 2026],
    ],
    [
      'not a meeting early in the year that names the first half (上半年征兵), nor a review that recalls last year’s halves',
      '标题\n——在全县2026年上半年征兵工作会议上的讲话\n（2026年2月20日）\n同志们：\n开场。\n一、2025年征兵工作回顾\n2025年下半年，全县完成征兵任务。\n二、2026年上半年征兵任务\n正文。',
      [2025, 2026],
    ],
    // A review headed 去年…… whose body opens with that year and its occasion outweighs a meeting
    // named by a slipped year (文旅 “五一”, 交通 春运, 水利 汛期).
    [
      'a holiday meeting named by a slipped year, its review of last year’s holiday',
      '在全县2025年“五一”假期旅游安全工作会议上的讲话\n同志们：\n开场。\n一、去年“五一”假期全县旅游市场平稳有序\n2025年“五一”假期，全县接待游客42.6万人次，同比增长17.3%，实现了安全有序。\n二、全力抓好今年假期各项工作\n确保安全。',
      [2025, 2026],
    ],
    [
      'a 春运 meeting named by a slipped year',
      '——在全县2025年春运工作会议上的讲话\n同志们：\n开场。\n一、去年春运工作圆满完成\n2025年春运期间，全县发送旅客86.4万人次，同比增长6.2%，实现了安全运输。\n二、今年春运重点任务\n确保安全。',
      [2025, 2026],
    ],
    [
      'a flood meeting named by a slipped year',
      '——在全县2025年防汛工作会议上的讲话\n同志们：\n开场。\n一、去年防汛工作经受住了考验\n2025年汛期，全县转移群众3,842户，同比增加12.5%，实现了零伤亡。\n二、今年防汛任务\n确保安全度汛。',
      [2025, 2026],
    ],
    // a review not headed 去年: its body's year weighs as a body's, and the meeting's name wins
    [
      'a holiday meeting whose review heading does not say 去年',
      '在全县2025年“五一”假期旅游安全工作会议上的讲话\n同志们：\n开场。\n一、全县旅游市场平稳有序\n2025年“五一”假期，全县接待游客42.6万人次，同比增长17.3%，实现了安全有序。\n二、全力抓好今年假期各项工作\n确保安全。',
      [2024, 2025],
    ],
    // Work listed among a year's promises names the year of its part (民政, 住建, 水利).
    [
      'an undated mid-year meeting whose review lists work among its year’s 民生实事',
      '标题\n同志们：\n今天召开会议，盘点上半年工作，安排下半年任务。\n一、上半年工作进展\n老年助餐点建设列入县政府2026年十件民生实事，上半年新建22个。\n二、下半年重点任务\n确保全年建成80个。',
      [2026, 2026],
    ],
    [
      'an undated annual meeting whose review lists work among last year’s 民生实事',
      '标题\n同志们：\n开场。\n一、主要成效\n城区公共停车场建设作为区政府2025年为民办实事项目，全年新增车位1,200个。\n二、重点任务\n确保完成。',
      [2025, 2026],
    ],
    [
      'an undated annual meeting whose tasks list work among the plan year’s 民生实事',
      '标题\n同志们：\n开场。\n一、主要成效\n全年完成了任务。\n二、重点任务\n农村饮水安全巩固提升工程纳入2026年市级民生实事项目，确保年底前完工。',
      [2025, 2026],
    ],
    [
      'an October 前三季度 analysis meeting whose tasks are headed for the fourth quarter plans its own year, though a section readies 明年 (县政府)',
      '标题\n（2026年10月27日）\n同志们：\n今天召开全县前三季度经济运行分析会，对第四季度工作再部署。\n一、客观看待前三季度经济运行态势\n今年以来，全县经济运行总体平稳。\n二、全力以赴打好第四季度攻坚战\n（一）盯紧目标抓进度。确保全年目标不打折扣。\n（二）提前谋划明年工作。2027年是关键之年，确保明年重点项目不少于120个。\n同志们，为明年开好局打下坚实基础。',
      [2026, 2026],
    ],
    [
      'so a September push of commerce headed 冲刺四季度目标, 明年 named thrice in passing (商务)',
      '标题\n（2026年9月18日）\n同志们：\n今天召开外贸工作现场会。\n一、今年以来外贸运行总体平稳\n今年以来，全市外贸进出口增长5.2%。\n二、突出重点，全力冲刺四季度目标\n明年的订单要早谋划，明年的展会要早对接。\n同志们，为明年外贸发展打好基础。',
      [2026, 2026],
    ],
    [
      'not an October meeting that names 明年 twice with no heading set for the quarter: it reviews its year and plans the next (农业农村)',
      '标题\n（2026年10月20日）\n同志们：\n今天召开会议，安排部署秋冬种。\n一、今年以来农业生产再获丰收\n今年以来，全县粮食总产再创新高。\n二、不误农时抓好秋冬种\n确保明年夏粮丰收，明年粮食播种面积稳定在86万亩。\n同志们，为明年农业丰收打下基础。',
      [2026, 2027],
    ],
    ['nothing', '同志们：\n开场。\n一、主题\n正文。', [null, null]],
  ] as const)('%s', (_what, text, want) => {
    expect(years(text)).toEqual(want)
  })

  it('a 前三季度 meeting that plans its own year readies the next in a section: its “2027年是……” does not vote (corpus 249)', () => {
    const text = readFileSync('test/fixtures/corpus/249-xzf-county-three-quarters-economy-october.txt', 'utf8')
    expect(text).toContain('（五）提前谋划明年工作。2027年是落实')
    expect(years(text)).toEqual([2026, 2026])
  })

  it('a mid-year speech’s headings that name its year: 上半年 is the review, 下半年 the tasks', () => {
    const s = parseSpeech(
      '标题\n（2026年7月16日）\n同志们：\n今天召开会议，总结上半年工作，部署下半年任务。\n一、2026年上半年工作完成情况\n上半年，全区完成投资38.6亿元，同比增长5%。\n二、2026年下半年重点任务\n确保全年完成投资83亿元。\n三、工作要求\n一要严。',
    )
    expect([s.reviewYear, s.planYear, ...s.parts.map((p) => p.kind)]).toEqual([
      2026,
      2026,
      'review',
      'tasks',
      'requirements',
    ])
  })

  it('a kind marker’s part votes by the kind it sets', () => {
    expect(years('同志们：\n开场。\n一、2025年的事 #回顾\n正文。')).toEqual([2025, 2026])
    expect(years('同志们：\n开场。\n一、2025年的事 #任务\n正文。')).toEqual([2024, 2025])
  })

  it('gives a part without a year of its own the review or plan year by its kind', () => {
    const s = parseSpeech(
      '同志们：\n开场。\n一、2025年工作回顾\n正文。\n二、工作任务\n正文。\n三、工作要求\n正文。\n四、形势\n正文。\n五、主题\n正文。',
    )
    expect(s.parts.map((p) => [p.kind, p.year])).toEqual([
      ['review', 2025],
      ['tasks', 2026],
      ['requirements', 2026],
      ['other', null],
      ['other', null],
    ])
  })
})

describe('a part headed 要求', () => {
  it('is a part of its own, the requirements, and its 一要…二要 stay a paragraph in it', () => {
    const s = parseSpeech(
      '关于做好工作的讲话\n同志们：\n今天召开会议。\n一、2025年工作回顾\n全年完成了任务。\n二、2026年工作任务\n抓好落实。\n三、要求\n一要提高认识。二要压实责任。\n同志们，谢谢！',
    )
    expect(s.parts.map((p) => [p.mark, p.heading, p.kind])).toEqual([
      ['一、', '2025年工作回顾', 'review'],
      ['二、', '2026年工作任务', 'tasks'],
      ['三、', '要求', 'requirements'],
    ])
    expect(s.parts[2].blocks.map(blockView)).toEqual(['一要提高认识。二要压实责任。'])
  })
})

describe('a part headed 要…, alone on its line', () => {
  const review = '一、2025年工作回顾\n全年完成了任务。\n二、2026年工作任务\n确保新增就业3300人。\n'
  const speechOf = (rest: string) => `关于做好工作的讲话\n同志们：\n今天召开会议。\n${review}${rest}\n同志们，谢谢！`
  it.each(['三、要切实加强组织领导', '三、要强化责任担当，确保各项任务落地见效', '三、 要以钉钉子精神抓好工作落实'])(
    '%s is the next part',
    (line) => {
      const s = parseSpeech(speechOf(`${line}\n各乡镇要把这项工作摆上重要议事日程。`))
      expect(s.parts.map((p) => p.mark)).toEqual(['一、', '二、', '三、'])
      expect(s.parts[2].heading).toBe(line.replace(/^三、\s*/, ''))
      expect(s.parts[2].blocks.map(blockView)).toEqual(['各乡镇要把这项工作摆上重要议事日程。'])
    },
  )
  it('the part it heads is judged by its heading: 要切实加强组织领导 is the requirements', () => {
    const s = parseSpeech(speechOf('三、要切实加强组织领导\n各乡镇要把这项工作摆上重要议事日程。'))
    expect(s.parts.map((p) => p.kind)).toEqual(['review', 'tasks', 'requirements'])
  })
  it('every part of a speech may be headed so, the first too', () => {
    const s = parseSpeech(
      '讲话\n同志们：\n今天召开会议。\n一、要充分认识做好今年工作的重要意义\n形势严峻。\n二、要突出重点抓好2026年各项任务\n确保新增就业3300人。\n三、要切实加强组织领导\n压实责任。',
    )
    expect(s.parts.map((p) => p.heading)).toEqual([
      '要充分认识做好今年工作的重要意义',
      '要突出重点抓好2026年各项任务',
      '要切实加强组织领导',
    ])
  })
  it('the second point of a list one point a line in the first part is a point, though its number is the next part’s', () => {
    const s = parseSpeech(
      '讲话\n同志们：\n今天召开会议。\n一、充分认识做好今年工作的重要意义\n一、要提高政治站位\n认识到位。\n二、要压实工作责任\n责任到位。\n二、2026年工作任务\n确保新增就业3300人。',
    )
    expect(s.parts.map((p) => p.heading)).toEqual(['充分认识做好今年工作的重要意义', '2026年工作任务'])
    expect(s.parts[0].blocks.map(blockView)).toEqual([
      '一、要提高政治站位',
      '认识到位。',
      '二、要压实工作责任',
      '责任到位。',
    ])
  })
  it.each([
    // an enumeration one point a line inside a part: its numbers do not go on from the parts
    ['三、工作要求\n一、要提高政治站位\n各乡镇要统一思想。\n二、要压实工作责任\n各部门要各司其职。', 3],
    // a run-in sentence is a point, not a heading
    ['三、要切实加强组织领导。各乡镇要把这项工作摆上重要议事日程。', 2],
    // 一要…二要… inside a paragraph
    ['三、工作要求\n一要提高认识，二要压实责任。', 3],
  ])('not a part: %s', (rest, parts) => {
    expect(parseSpeech(speechOf(rest)).parts).toHaveLength(parts)
  })
})

describe('a speech numbered in two levels only, （一） then 1．, with no 一、 line', () => {
  const close = '\n同志们，新的一年，让我们再接再厉！'
  it.each([
    // 园区 year-end (corpus 248): run-in 1． sections with full-width points
    [
      '园区工作总结会讲话\n同志们：\n下面，我讲三个方面的意见。\n（一）2026年工作回顾\n全年完成园区总产值86.4亿元。\n1．项目建设提速提效。全年新招引项目14个。\n2．产业链条不断延伸。茶园面积12.6万亩。\n（二）2027年工作思路和重点\n主要目标是：园区总产值增长10%左右。\n1．在招大引强上求突破。引进超亿元项目5个以上。\n（三）几点工作要求\n一是强化责任落实。二是强化服务保障。',
      [
        [
          '（一）',
          '2026年工作回顾',
          'review',
          '全年完成园区总产值86.4亿元。',
          ['1． 项目建设提速提效。 (run-in)', '全年新招引项目14个。'],
          ['2． 产业链条不断延伸。 (run-in)', '茶园面积12.6万亩。'],
        ],
        [
          '（二）',
          '2027年工作思路和重点',
          'tasks',
          '主要目标是：园区总产值增长10%左右。',
          ['1． 在招大引强上求突破。 (run-in)', '引进超亿元项目5个以上。'],
        ],
        ['（三）', '几点工作要求', 'requirements', '一是强化责任落实。二是强化服务保障。'],
      ],
    ],
    // 卫健 科室 (a hospital department's meeting): half-width marks, headings on their own lines, a (1) list kept
    [
      '护理部工作会议讲话\n各位护士长、同志们：\n今天召开会议。\n(一)2025年护理工作回顾\n1.护理质量持续提升\n全年护理不良事件下降12%。\n(二)2026年重点工作\n1.抓好专科护士培养\n(1)选送骨干进修；\n(2)开展院内培训。\n2.推进延续护理服务\n出院随访率达到95%。',
      [
        ['(一)', '2025年护理工作回顾', 'review', ['1. 护理质量持续提升', '全年护理不良事件下降12%。']],
        [
          '(二)',
          '2026年重点工作',
          'tasks',
          ['1. 抓好专科护士培养', '(1) 选送骨干进修；', '(2) 开展院内培训。'],
          ['2. 推进延续护理服务', '出院随访率达到95%。'],
        ],
      ],
    ],
    // 街道 (a street office's mid-year meeting): parts only, no 1． level
    [
      '街道半年工作推进会讲话\n同志们：\n今天召开会议。\n（一）上半年工作回顾\n上半年，街道完成固定资产投资3.2亿元。\n（二）下半年重点任务\n确保全年完成固定资产投资6.5亿元。',
      [
        ['（一）', '上半年工作回顾', 'review', '上半年，街道完成固定资产投资3.2亿元。'],
        ['（二）', '下半年重点任务', 'tasks', '确保全年完成固定资产投资6.5亿元。'],
      ],
    ],
  ])('（一） lines are parts and 1． lines their sections: %#', (text, parts) => {
    const s = parseSpeech(text + close)
    expect(s.parts.map((p) => [p.mark, p.heading, p.kind, ...p.blocks.map(blockView)])).toEqual(parts)
    expect(s.closing).toEqual([close.slice(1)])
    expect(s.notes[0]).toMatch(/^原文只有两级编号：用“（一）”作部分标题（\d 处）/)
  })
  it('says what it renumbered: 3 parts and 3 sections in the 园区 speech', () => {
    const s = parseSpeech(
      '讲话\n同志们：\n今天讲三点。\n（一）2026年工作回顾\n1．项目建设提速。全年新招引项目14个。\n2．链条延伸。\n（二）2027年工作思路\n1．在招商上求突破。引进项目5个。\n（三）几点工作要求\n一是强化责任。',
    )
    expect(s.notes).toEqual([
      '原文只有两级编号：用“（一）”作部分标题（3 处），用“1．”作节标题（3 处），已改按“一、”“（一）”编号。',
    ])
  })
  it.each([
    // the corpus's own way: （一） under 一、 are sections and 1． items (人社, 财政)
    ['一、2025年工作回顾\n（一）就业\n1．城镇新增就业3300人。\n（二）社保\n二、2026年工作任务\n（一）抓就业', 2],
    // a single （一） in a speech without parts: a point of its opening, not a part (民政 short remarks)
    ['今天召开会议。\n（一）先说一点。全年救助困难群众1260户。\n1．要摸清底数。\n各单位要抓好落实。', 0],
    // parts headed 第一部分 (社科联): their （一） stay sections
    ['第一部分　2025年工作回顾\n（一）课题研究\n（二）学术交流\n第二部分　2026年工作安排\n（一）抓好课题', 2],
    // unnumbered headings with （一） numbered afresh under each: the （一） are sections (文旅 web page)
    [
      '过去一年，我们攻坚克难，成效明显。\n2025年工作回顾\n全年接待游客1260万人次。\n（一）景区提质\n（二）节会引流\n全年旅游收入增长8%。\n2026年重点任务\n确保接待游客1300万人次。\n（一）项目建设\n（二）品牌营销\n全面完成各项任务。',
      2,
    ],
  ])('not raised: %s', (body, parts) => {
    const s = parseSpeech(`讲话\n同志们：\n${body}${close}`)
    expect(s.parts).toHaveLength(parts)
    expect(s.notes.join('')).not.toContain('两级编号')
    expect(s.parts.every((p) => p.mark !== '（一）' && p.mark !== '（二）')).toBe(true)
  })
})
