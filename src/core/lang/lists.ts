/**
 * Where a list ends. Its items are joined alike, so the mark between its first two items is its
 * join, and a stronger mark between two items ends it: 其中药品案件186件、医疗器械案件84件，罚没款
 * 1,086.5万元 (joined by 、, it ends at the ，), 其中给予党纪政务处分41人，组织处理11人；移送… (joined
 * by ，, it ends at the ；). Every reader of a 其中 breakdown asks this here.
 */

/** How strongly a mark parts what it stands between; words alone (和, 及) join weakest of all. */
export const LIST_JOINS: Readonly<Record<string, number>> = { '、': 0, '，': 1, ',': 1, '；': 2, ';': 2 }

/** The strongest mark in the words between two items, -1 when there is none. */
export const joinOf = (between: string): number => Math.max(-1, ...[...between].map((c) => LIST_JOINS[c] ?? -1))

/**
 * The join of a list after one more item: `join` is the list's so far (undefined after its first
 * item), `between` the words since the item before. Null when a mark stronger than the list's
 * join stands between: the list ended before this item.
 */
export function listJoinAfter(join: number | undefined, between: string): number | null {
  const mark = joinOf(between)
  if (join === undefined) return mark
  return mark > join ? null : join
}

/**
 * Lists read side by side in one pass, one per key: the 件 and the 万元 of one breakdown
 * (其中药品案件186件、罚没款320万元，器械案件84件、罚没款95万元) are two lists, each with its own join.
 * An item is one character of the text (a figure's slot).
 */
export class ListsByKey<K> {
  private lists = new Map<K, { after: number; join: number | undefined }>()
  /** Adds the item of list `key` at `at` in `text`; false, adding nothing, when its list ended before it. */
  add(key: K, text: string, at: number): boolean {
    const last = this.lists.get(key)
    const join = last ? listJoinAfter(last.join, text.slice(last.after, at)) : undefined
    if (join === null) return false
    this.lists.set(key, { after: at + 1, join })
    return true
  }
  clear(): void {
    this.lists.clear()
  }
}

/**
 * Lists as speeches write them, by the words between their items: how many items the list has
 * before one that a stronger mark keeps off it.
 */
export const LIST_EXAMPLES: readonly { text: string; between: readonly string[]; items: number }[] = [
  {
    text: '其中药品案件186件、医疗器械案件84件、化妆品案件42件',
    between: ['、医疗器械案件', '、化妆品案件'],
    items: 3,
  },
  { text: '其中药品案件186件、医疗器械案件84件，移送案件9件', between: ['、医疗器械案件', '，移送案件'], items: 2 },
  { text: '其中给予党纪政务处分41人，组织处理11人，诫勉谈话6人', between: ['，组织处理', '，诫勉谈话'], items: 3 },
  {
    text: '其中给予党纪政务处分41人，组织处理11人；移送检察机关9人',
    between: ['，组织处理', '；移送检察机关'],
    items: 2,
  },
  { text: '其中城区学校12所和农村学校30所、教学点5个', between: ['和农村学校', '、教学点'], items: 2 },
  { text: '其中市本级32个；县（区）54个', between: ['；县（区）'], items: 2 },
]
