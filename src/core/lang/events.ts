/**
 * Events speeches date a year by: "党的二十大召开之年" is 2022, "新中国成立75周年" is 2024. A
 * sentence that names one and another year ("2023年是党的二十大召开之年") contradicts itself, and
 * one rolled to the next year without its count changed is stale.
 */
import { COUNT_WORDS, parseChineseCount } from './numerals'

export interface DatedEvent {
  id: string
  purpose: string
  /** Group 1 is the count (届 or 周年), in Arabic or Chinese numerals. */
  pattern: RegExp
  /** The year the event falls in, for its count. */
  year(count: number): number | null
  matches: { text: string; year: number }[]
  rejects: string[]
}

const COUNT = `(\\d{1,3}|${COUNT_WORDS})`

/** A count as written: 75, 七十五, 一百. */
export function countOf(written: string): number | null {
  return /^\d+$/.test(written) ? Number(written) : parseChineseCount(written)
}

/** An anniversary of a founding year: N周年 falls in founding + N. */
const anniversary = (founded: number) => (n: number) => (n > 0 ? founded + n : null)

export const DATED_EVENTS: readonly DatedEvent[] = [
  {
    id: 'party-congress',
    purpose: '党的代表大会：十二大（1982年）起每五年一次，二十大是2022年。',
    pattern: /党的(十[二三四五六七八九]|二十[一二三四五]?)大/,
    year: (n) => (n >= 12 ? 1982 + 5 * (n - 12) : null),
    matches: [
      { text: '党的二十大召开之年', year: 2022 },
      { text: '迎接党的二十一大胜利召开', year: 2027 },
      { text: '党的十九大胜利召开', year: 2017 },
    ],
    rejects: ['党的二十届三中全会', '党的建设'],
  },
  {
    id: 'prc-anniversary',
    purpose: '新中国成立N周年：1949年加N。',
    pattern: new RegExp(`(?:新中国|中华人民共和国)成立${COUNT}周年`),
    year: anniversary(1949),
    matches: [
      { text: '庆祝新中国成立75周年', year: 2024 },
      { text: '中华人民共和国成立七十五周年', year: 2024 },
    ],
    rejects: ['新中国成立以来'],
  },
  {
    id: 'party-anniversary',
    purpose: '建党N周年、中国共产党成立N周年：1921年加N。',
    pattern: new RegExp(`(?:建党|中国共产党成立)${COUNT}周年`),
    year: anniversary(1921),
    matches: [
      { text: '庆祝建党100周年', year: 2021 },
      { text: '中国共产党成立一百零五周年', year: 2026 },
    ],
    rejects: ['建党精神'],
  },
  {
    id: 'army-anniversary',
    purpose: '建军N周年、中国人民解放军建军N周年：1927年加N。',
    pattern: new RegExp(`建军${COUNT}周年`),
    year: anniversary(1927),
    matches: [{ text: '纪念中国人民解放军建军98周年', year: 2025 }],
    rejects: ['建军节'],
  },
  {
    id: 'victory-anniversary',
    purpose: '抗日战争（暨世界反法西斯战争）胜利N周年：1945年加N。',
    pattern: new RegExp(`抗(?:日|战)[^，。；]{0,14}?胜利${COUNT}周年`),
    year: anniversary(1945),
    matches: [
      { text: '纪念中国人民抗日战争暨世界反法西斯战争胜利80周年', year: 2025 },
      { text: '抗战胜利八十周年', year: 2025 },
    ],
    rejects: ['抗洪抢险取得胜利'],
  },
  {
    id: 'reform-anniversary',
    purpose: '改革开放N周年：1978年加N。',
    pattern: new RegExp(`改革开放${COUNT}周年`),
    year: anniversary(1978),
    matches: [{ text: '庆祝改革开放50周年', year: 2028 }],
    rejects: ['改革开放以来'],
  },
]

export interface EventInText {
  id: string
  from: number
  to: number
  /** The event as written ("党的二十大", "新中国成立75周年"). */
  text: string
  year: number
}

/** The dated events a text names, in order. */
export function eventsIn(text: string): EventInText[] {
  const out: EventInText[] = []
  for (const e of DATED_EVENTS) {
    for (const m of text.matchAll(new RegExp(e.pattern.source, 'g'))) {
      const n = countOf(m[1])
      const year = n === null ? null : e.year(n)
      if (year !== null) out.push({ id: e.id, from: m.index ?? 0, to: (m.index ?? 0) + m[0].length, text: m[0], year })
    }
  }
  return out.sort((a, b) => a.from - b.from)
}
