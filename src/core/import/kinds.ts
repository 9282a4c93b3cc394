/**
 * What kind a part is: a review of the past year, the next year's tasks, requirements
 * (how to carry them out), or something else. Judged from the heading first, then from
 * the body, because departments title their parts in many ways.
 */
import type { PartKind } from '../schema'

const HEADING_WORDS: [PartKind, RegExp][] = [
  ['requirements', /要求|保障措施|组织领导|抓好落实|狠抓落实|抓落实|作风|纪律|担当作为|确保.*落实|落到实处/],
  ['review', /回顾|总结|成绩|成效|过去的一年|过去一年|一年来|肯定|取得的|工作情况|进展/],
  ['tasks', /任务|部署|目标|重点工作|工作安排|工作思路|主要工作|工作重点|谋划|打算|安排|思路/],
]

const BODY_WORDS: [PartKind, RegExp][] = [
  ['review', /完成了|实现了|取得了|累计|同比|全年(?:实现|完成|共)|圆满|开展了|成功/g],
  ['tasks', /确保|力争|要进一步|持续推进|加快推进|着力|扎实推进|全面推进|积极推进|深化|健全|完善/g],
  ['requirements', /一要|二要|三要|一是要|必须|务必|切实加强|要始终|要坚持/g],
]

/**
 * Infer a part's kind. `year` is the year its heading names, if any; `reviewYear` and
 * `planYear` the speech's, when already known.
 */
export function inferPartKind(
  heading: string,
  body: string,
  year: number | null,
  reviewYear: number | null,
  planYear: number | null,
): PartKind {
  for (const [kind, re] of HEADING_WORDS) if (re.test(heading)) return kind
  if (year !== null && reviewYear !== null && year === reviewYear && year !== planYear) return 'review'
  let best: PartKind = 'other'
  let bestScore = 2 // a kind must be clearly present in the body to win
  for (const [kind, re] of BODY_WORDS) {
    const score = (body.match(re) ?? []).length
    if (score > bestScore) {
      best = kind
      bestScore = score
    }
  }
  return best
}
