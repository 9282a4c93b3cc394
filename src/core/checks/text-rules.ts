/** Rules on the wording of one paragraph: punctuation, pairs, repeats, sentence length, leftovers. */
import { CJK, FULL_WIDTH, PAIRS, SENTENCE_END } from '../lang/punctuation'
import type { BlockFinding, BlockRule } from './types'

const CLOSING_QUOTES = '”’」』'
const chinese = new RegExp(`[${CJK}]`)

/** Half-width , . ; : ? ! ( ) " ' next to Chinese text (a decimal point is not one). */
export const halfWidthPunctuation: BlockRule = {
  id: 'halfwidth-punct',
  name: '半角标点',
  severity: 'warning',
  group: '文字',
  scope: 'block',
  purpose: '中文里的逗号、句号、括号等要用全角；小数点和英文不算。',
  // A greeting keeps its colon as written (import/lines.ts): one half-width colon is reported here like any other.
  fires: ['按照要求, 抓好落实。', '举办"消费促进月"等活动。', '各位领导、同志们:'],
  quiet: ['增长3.5%，推广Office (x64, beta)。'],
  check({ text }) {
    const out: BlockFinding[] = []
    for (const m of text.matchAll(/ *([,.;:?!()"']) */g)) {
      const ch = m[1]
      // Look past closing quotes: "“一网通办”,提升" is Chinese on both sides. Stepping back, not
      // trimming the text before: that copied the paragraph up to every mark (20,000 commas: 0.7 s).
      let back = m.index - 1
      while (back >= 0 && CLOSING_QUOTES.includes(text[back])) back--
      const prev = text[back] ?? ''
      const next = text[m.index + m[0].length] ?? ''
      const flagged =
        ch === '.' ? chinese.test(prev) && !/\d/.test(next) && next !== '.' : chinese.test(prev) || chinese.test(next)
      if (flagged)
        out.push({
          rule: this.id,
          message: /["']/.test(ch)
            ? `中文里用了半角引号“${ch}”，应为全角引号“${FULL_WIDTH[ch][0]}……${FULL_WIDTH[ch][1]}”。`
            : `中文里用了半角“${ch}”，应为全角“${FULL_WIDTH[ch]}”。`,
          from: m.index,
          to: m.index + m[0].length,
        })
    }
    return out
  },
}

/**
 * What a secretary calls each mark of a pair, so a message names it in words before the mark itself
 * (tryout 15: “““”没有对应的“””” was hard to read).
 */
const MARK_NAMES: Readonly<Record<string, string>> = {
  '“': '左引号',
  '”': '右引号',
  '‘': '左单引号',
  '’': '右单引号',
  '《': '左书名号',
  '》': '右书名号',
  '（': '左括号',
  '）': '右括号',
  '【': '左方括号',
  '】': '右方括号',
}
const named = (mark: string) => `${MARK_NAMES[mark] ?? ''}${mark}`

/** Quotes and brackets must open and close within the paragraph. */
export const unpairedMarks: BlockRule = {
  id: 'unpaired',
  name: '引号括号不成对',
  severity: 'warning',
  group: '文字',
  scope: 'block',
  purpose: '引号、书名号、括号要在同一段里成对。',
  fires: ['扎实做好“六稳工作。'],
  quiet: ['落实《关于“六稳”（试行）的意见》。'],
  check({ text }) {
    const out: BlockFinding[] = []
    const stack: { ch: string; at: number; close: string }[] = []
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]
      const open = PAIRS.find(([o]) => o === ch)
      const close = PAIRS.find(([, c]) => c === ch)
      if (open) stack.push({ ch, at: i, close: open[1] })
      else if (close) {
        const top = stack.at(-1)
        if (top && top.ch === close[0]) stack.pop()
        else out.push({ rule: this.id, message: `${named(ch)}前面没有配对的${named(close[0])}。`, from: i, to: i + 1 })
      }
    }
    for (const { ch, at, close } of stack)
      out.push({
        rule: this.id,
        message: `${named(ch)}后面没有配对的${named(close)}。`,
        from: at,
        to: at + 1,
      })
    return out
  },
}

/** Two punctuation marks where one belongs: "，，" "。。" "，。". Ellipses and dashes are pairs by nature. */
export const doubledPunctuation: BlockRule = {
  id: 'doubled-punct',
  name: '标点重复',
  severity: 'warning',
  group: '文字',
  scope: 'block',
  purpose: '两个标点连在一起（，，。。），省略号和破折号除外。',
  fires: ['完成任务，，成效明显。'],
  quiet: ['就业、社保、人才……各项工作——都有进展。'],
  check({ text }) {
    return [...text.matchAll(/[，。、；：！？]{2,}|[,.;:]{2,}(?!\.)/g)]
      .filter((m) => !/^\.{3,}$/.test(m[0]))
      .map((m) => ({ rule: this.id, message: `标点“${m[0]}”重复了。`, from: m.index, to: m.index + m[0].length }))
  },
}

/** Sentences of the paragraph, with their start offsets. */
export function sentences(text: string): { text: string; from: number }[] {
  const out: { text: string; from: number }[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_END.test(text[i])) {
      out.push({ text: text.slice(start, i + 1), from: start })
      start = i + 1
    }
  }
  if (start < text.length) out.push({ text: text.slice(start), from: start })
  return out
}

/** Words that join the items of a list: a phrase repeated across them was pasted twice. */
const LIST_JOIN = /[、和及]/

/** A repeat worth pointing at: at least this long, and close enough to its first use to be a slip. */
const MIN_REPEAT = 8
const MAX_GAP = 24

/**
 * The same phrase twice in one list, as left by copy and paste ("职称申报、职务聘任和专业技术人员
 * 职称申报"). A name said again across clauses ("召开全市卫生健康工作会议，……贯彻全省卫生健康
 * 工作会议精神") or in a comparison ("平均工资收入水平不低于当地公务员平均工资收入水平") is not one.
 */
export const repeatedPhrase: BlockRule = {
  id: 'repeated-phrase',
  name: '句内重复',
  severity: 'info',
  group: '文字',
  scope: 'block',
  purpose: '同一句里同一个长短语出现两次，多是复制粘贴留下的。',
  fires: ['做好专业技术人员职称申报、职务聘任和专业技术人员职称申报工作。'],
  quiet: [
    '做好专业技术人员职称申报工作。专业技术人员职称申报要规范。',
    {
      text: '今天召开全市卫生健康工作会议，主要任务是：贯彻落实全国、全省卫生健康工作会议精神。下面，我讲三点意见：',
      in: 'opening',
    },
    '确保乡村教师平均工资收入水平不低于当地公务员平均工资收入水平。',
    // parallel items, each counted (卫健, 教育)
    '全县创建省级示范性托育机构2家、市级示范性托育机构5家。',
    '建成省级标准化规范化卫生院3家、市级标准化规范化卫生院8家。',
  ],
  check({ text }) {
    const out: BlockFinding[] = []
    const isWord = /^[\u3400-\u9fff\uf900-\ufaff]+$/
    const wordChar = (ch: string) => isWord.test(ch)
    for (const s of sentences(text)) {
      const seen = new Map<string, number>()
      for (let i = 0; i + MIN_REPEAT <= s.text.length; i++) {
        const key = s.text.slice(i, i + MIN_REPEAT)
        if (!isWord.test(key)) continue
        const first = seen.get(key)
        if (first === undefined) {
          seen.set(key, i)
          continue
        }
        if (i < first + MIN_REPEAT) continue
        const gap = s.text.slice(first + MIN_REPEAT, i)
        // Items each with a count of their own (省级示范性托育机构2家、市级示范性托育机构5家, the
        // count a figure, U+FFFC, or digits) are parallel, written so on purpose.
        if (i - (first + MIN_REPEAT) > MAX_GAP || !LIST_JOIN.test(gap) || /[，；：,;:\d\uFFFC]/.test(gap)) {
          seen.set(key, i)
          continue
        }
        let len = MIN_REPEAT
        while (
          i + len < s.text.length &&
          s.text[first + len] === s.text[i + len] &&
          first + len < i &&
          wordChar(s.text[i + len])
        )
          len++
        const phrase = s.text.slice(i, i + len)
        out.push({
          rule: this.id,
          message: `“${phrase}”在同一句里出现了两次。`,
          from: s.from + i,
          to: s.from + i + len,
        })
        break
      }
    }
    return out
  },
}

/** A sentence too long to read aloud in one breath. */
export const longSentence: BlockRule = {
  id: 'long-sentence',
  name: '句子过长',
  severity: 'info',
  group: '文字',
  scope: 'block',
  purpose: '一句话太长，念起来吃力。',
  fires: [`${'加强领导、'.repeat(30)}完成任务。`],
  quiet: ['加强领导，完成任务。'],
  check({ text }, ctx) {
    const max = ctx.options.maxSentenceChars
    return sentences(text)
      .filter((s) => s.text.length > max)
      .map((s) => ({
        rule: this.id,
        message: `这句话有 ${s.text.length} 个字，超过 ${max} 字，念起来吃力，建议断开。`,
        from: s.from,
        to: s.from + s.text.length,
      }))
  },
}

/** Masks and placeholders left in the text: ***, XX, ××, ＿＿, 【】, unfilled {{…}} markers. */
export const PLACEHOLDER =
  /[*＊]{2,}|(?<![A-Za-z])X{2,}(?![A-Za-z])|×{2,}|[＿_]{2,}|【\s*】|\{\{[^{}]*\}\}|\{\{|\}\}|[○〇□]{2,}/g

/** How a placeholder left behind is reported, in a speech and in the meeting's documents. */
export const placeholderMessage = (found: string) => `文中还留着占位符“${found}”，请换成实际内容。`

/** PLACEHOLDER in a block's words (a slot's value is the meeting checks' business, rules/placeholders.ts). */
export const placeholderText: BlockRule = {
  id: 'placeholder-text',
  name: '遗留占位符',
  severity: 'error',
  group: '数字',
  scope: 'block',
  purpose: '文中遗留的占位符（***、XX、××、＿＿、【】、{{…}}）要换成实际内容。',
  fires: ['请于＿＿前报送名单。', '落实【】政策。'],
  quiet: ['推广XXL-Job平台，完成了任务。'],
  check({ text }) {
    return [...text.matchAll(PLACEHOLDER)].map((m) => ({
      rule: this.id,
      message: placeholderMessage(m[0]),
      from: m.index,
      to: m.index + m[0].length,
    }))
  },
}

const CHINESE_CHAR = new RegExp(`^[${CJK}]+$`)
/**
 * Single characters written Chinese never doubles: function words (的的, 把把), the degree word
 * 很 (很很实在), the demonstratives 这 and 那 (这这根弦), the adverbs 也, 又, 已, the passive 被 and
 * the plural 们. Not those a word may end in and the next begin with (首都|都市, 成就|就是,
 * 合并|并入, 需要|要素, 变更|更加), nor those doubled on purpose (常常, 看看, 个个, 谢谢, 最最).
 */
const NEVER_DOUBLED = new Set([...'的是在和与把将及很这那也又已被们'])

/**
 * Each place a word of two to four Chinese characters is written twice at once, or a function
 * word is: the word and where it starts. A scan, not a pattern with a back-reference, since it
 * runs on every keystroke.
 */
function doubledWords(text: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = []
  for (let at = 0; at < text.length - 1; at++) {
    if (NEVER_DOUBLED.has(text[at]) && text[at + 1] === text[at]) {
      out.push({ word: text[at], at })
      at++
      continue
    }
    for (let len = 2; len <= 4 && at + 2 * len <= text.length; len++) {
      const word = text.slice(at, at + len)
      // A word of one character repeated (常常, a run of 字) is reduplication or a run, not a word doubled.
      if (word === text[at].repeat(len)) continue
      if (word === text.slice(at + len, at + 2 * len) && CHINESE_CHAR.test(word)) {
        out.push({ word, at })
        at += 2 * len - 1
        break
      }
    }
  }
  return out
}

/** A word doubled on purpose in written Chinese: one by one (一个一个, 一项一项, 一步一步). */
const DOUBLED_OK = /^一.$/
/**
 * What makes a word of a noun: 力 (组织力, 执行力), so 党组织组织力 is 党组织 + 组织力; and 长
 * making a unit's head of its name (消防救援大队大队长, 支队支队长), not 长期/长效 after a verb typed twice.
 */
const DERIVED_AFTER = /^(?:力|长(?![期远效久足]))/

/**
 * Verbs the spoken language doubles to mean "a little, for a while" (研究研究, 学习学习). A
 * work-conference speech is written and read out, so this form does not belong in it: doubled,
 * they are flagged like any other word, with a message that names the written form.
 */
const COLLOQUIAL_DOUBLED = /^(?:研究|讨论|商量|学习|琢磨|考虑|比较|思考|了解|总结|交流|沟通|检查|调查|分析)$/

/**
 * A word typed twice in a row: "落实落实", "进一步进一步", "认真认真", "的的". Two characters or
 * more repeated at once are a slip; the genre is a written speech, so even the spoken doubling of
 * a verb (学习学习) is one. Only one-by-one (一个一个) is kept. Of single characters only those never
 * doubled are flagged (的的, 是是, 很很, 这这): 常常, 层层, 天天, 人人, 一一, 实实在在 are Chinese.
 */
export const doubledWord: BlockRule = {
  id: 'doubled-word',
  name: '词语重复',
  severity: 'warning',
  group: '文字',
  scope: 'block',
  purpose: '同一个词连写了两遍（落实落实、进一步进一步），多是改稿留下的。',
  fires: [
    '请大家认真认真抓好落实。',
    '进一步进一步提升护理服务。',
    '坚决落实落实各项任务。',
    '这是我们的的责任。',
    '各单位要认真学习学习先进经验。',
    '会后各科室要研究研究，拿出方案。',
    '要实现实现长效管理。',
    '大家发言讲得都很很实在。',
    '要始终绷紧防汛这这根弦。',
    '各乡镇也也要建立隐患整改台账。',
    '对那那些群众反映强烈的问题，要限时办结。',
    '全县农村学校已已全部接入光纤宽带。',
  ],
  quiet: [
    '把工作做得实实在在。',
    '层层压实责任，常常深入基层。',
    '一个一个抓落实，一项一项抓推进。',
    '坚持落实落细。',
    '人人参与、天天巡查，一一整改到位。',
    '认真学习、研究，交流借鉴先进经验。',
    '全面提升基层党组织组织力。',
    '增强基层党组织组织力和战斗力。',
    '县消防救援大队大队长孙志强同志通报了火灾形势。',
    '交警支队支队长作了发言。',
    '对年初确定的重点任务，要落实落实再落实。',
    '汛期安全隐患要检查检查再检查。',
    // Doubled on purpose, or one word's end meeting the next word's start.
    '常常深入基层，天天盯守现场，人人参与、个个尽责。',
    '刚刚过去的一年，发展渐渐回暖，往往越是困难越要好好谋划，多多听取意见，看看、试试新办法。',
    '谢谢大家！',
    '积极融入首都都市圈建设。',
    '将两所薄弱学校合并并入县一中。',
    '加快推进需要要素保障的重点项目。',
    '对登记事项变更更加便捷。',
  ],
  check({ text }) {
    const out: BlockFinding[] = []
    for (const { word, at } of doubledWords(text)) {
      if (word.includes('\uFFFC') || DOUBLED_OK.test(word)) continue
      // 实实在在, 明明白白: a doubled character beside another double is the AABB form.
      if (word.length === 1 && (text[at - 1] === text[at - 2] || text[at + 2] === text[at + 3])) continue
      // 党组织组织力: the second copy opens a word of its own (组织力, 战斗力), not a copy left in.
      if (word.length >= 2 && DERIVED_AFTER.test(text.slice(at + 2 * word.length))) continue
      // 落实落实再落实, 检查检查再检查: said three times over, for emphasis.
      if (text.startsWith(`再${word}`, at + 2 * word.length)) continue
      out.push({
        rule: this.id,
        message: COLLOQUIAL_DOUBLED.test(word)
          ? `“${word}”连写了两遍。“${word}${word}”是口语说法，讲稿是书面语，应删去一个（或写作“${word}一下”）。`
          : `“${word}”连写了两遍，应删去一个。`,
        from: at + word.length,
        to: at + 2 * word.length,
      })
    }
    return out
  },
}
