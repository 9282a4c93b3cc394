/**
 * A place in a ranking written in words: "开工量全市排名第2", "居全市第3位", "位列全省第一",
 * "进入全省前十". It is a fact of the year it was written for, as a figure is, but no slot holds
 * it: after a roll-over it is last year's place, to be rewritten or removed.
 */
import { WHOLE_PLACE } from './scopes'

const AREA = `全国|${WHOLE_PLACE}|全盟|同类(?:县|区|市|地区)?`
const NUMBER = '[0-9０-９]+|[一二三四五六七八九十]+'
/** What follows 第N when it counts batches, quarters, terms or items rather than places (第一方阵, 第一梯队: a group). */
const NOT_A_PLACE = '(?![批季次届期轮个年档类项章条款部方梯])'

export interface RankRule {
  id: string
  purpose: string
  pattern: RegExp
  matches: string[]
  rejects: string[]
}

export const RANK_RULES: readonly RankRule[] = [
  {
    id: 'nth',
    purpose: '排名第N、居第N位、位列第N：名次。第N批、第N季度、第N届不是名次。',
    pattern: new RegExp(
      `(?:${AREA})?(?:排名|排位|排序|排|位列|位居|居|列)(?:${AREA})?第\\s*(?:${NUMBER})\\s*(?:位|名)?${NOT_A_PLACE}`,
      'g',
    ),
    matches: [
      '开工量全市排名第2。',
      '营商环境评价居全市第3位',
      '综合考核排名全省第5',
      '连续三年位列全市第一',
      '排全市第2名',
    ],
    rejects: [
      '列入第二批试点',
      '排第二批项目',
      '第3季度',
      '村第一书记',
      '居民收入增长第一',
      '排名前移2位',
      '排查第3批隐患',
    ],
  },
  {
    id: 'area-nth',
    purpose:
      '逗号后直接写“全市第二”，到句末或下一个标点为止：名次（九年义务教育巩固率达到98.7%，全市第二）。第一批、第二届、第一书记不是名次。',
    pattern: new RegExp(
      `(?<=[，,；;：:]\\s*)(?:${AREA})第\\s*(?:${NUMBER})\\s*(?:位|名)?(?=\\s*(?:[。；;，,！!）)]|$))`,
      'g',
    ),
    matches: [
      '九年义务教育巩固率达到98.7%，全市第二。',
      '综合考核得分92.5分，全省第3名；',
      '空气质量优良天数比例达到93.4%，全市第一',
      '农村居民人均可支配收入增长7.2%，全市第2位，城镇居民增长5.1%。',
      '全年接待游客320万人次，同类县第一。',
    ],
    rejects: [
      '，全市第一批试点县落户我县。',
      '，全市第二届中小学生运动会在我县举办。',
      '，全省第一个县级融媒体中心挂牌。',
      '，全市第一书记培训班在我县举行。',
      '承办全市第二次现场会。',
      '我县承办了全市第二期骨干教师培训班。',
    ],
  },
  {
    id: 'top-n',
    purpose: '进入前N、位居前N：名次的范围。',
    pattern: new RegExp(
      `(?:${AREA})?(?:排名|排位|位列|位居|居|进入|跻身|挺进)(?:${AREA})?前\\s*(?:${NUMBER})\\s*(?:位|名|强)?`,
      'g',
    ),
    matches: ['进入全省前十', '位居全市前3位', '跻身全国前50强'],
    rejects: ['排名前移2位', '进入前期工作', '居前列'],
  },
  {
    id: 'first-place',
    purpose: '居首位、列首位：第一名。',
    pattern: new RegExp(`(?:${AREA})?(?:位列|位居|居|列)(?:${AREA})?首位`, 'g'),
    matches: ['增速居全市首位', '列全省首位'],
    rejects: ['把安全放在首位', '摆在首位'],
  },
]

/** A place that qualifies what follows (对排名第一的乡镇给予奖励): a condition, no fact of a year. */
const QUALIFIES = /^的/

/** The places in rankings a text names, in order, none overlapping. */
export function ranksIn(text: string): { from: number; to: number; text: string }[] {
  const found: { from: number; to: number; text: string }[] = []
  for (const rule of RANK_RULES)
    for (const m of text.matchAll(rule.pattern)) found.push({ from: m.index, to: m.index + m[0].length, text: m[0] })
  found.sort((a, b) => a.from - b.from || b.to - a.to)
  return found.filter(
    (r, i) => !found.slice(0, i).some((o) => o.from < r.to && r.from < o.to) && !QUALIFIES.test(text.slice(r.to)),
  )
}
