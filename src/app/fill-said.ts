/**
 * What a fill from the library did, in the user's words: said by 用数字库填写空位 (figures-controller)
 * and by the roll-over (rollover.ts), which fills the new draft in its own step. Kept apart from
 * the figures controller so the roll-over, loaded on request, does not load the figures panel's code.
 */
import { ambiguousMessage, type FillResult } from '../core/figures/fill'
import type { SlotAttrs } from '../core/schema'
import { zh } from '../i18n/zh'

/**
 * How many slots the fill filled and how many are left, what the empty ones seek, and why any it
 * could have filled was not (a unit that does not convert, two places of one figure).
 */
export function fillSaid(r: FillResult): string[] {
  return [
    zh.figures.filled(r.filled, r.empty.length) + zh.figures.stillEmpty(notInLibrary(r)),
    ...r.refused.map((x) => x.reason),
    ...r.ambiguous.map(ambiguousMessage),
  ]
}

/** For each reason fillSaid gives after its first line, the slots it is about (fillSlotKey). */
export function fillSaidSlots(r: FillResult): string[][] {
  return [
    ...r.refused.map((x) => [fillSlotKey(x.slot.attrs)]),
    ...r.ambiguous.map((group) => group.map((e) => fillSlotKey(e.attrs))),
  ]
}

/** What a fill looks a slot up by: its label, year and kind (a slot of next year's target under the same label is another). */
export function fillSlotKey(a: Pick<SlotAttrs, 'label' | 'year' | 'kind'>): string {
  return `${a.label}|${a.year ?? ''}|${a.kind}`
}

/** The slots a fill left empty for want of a number, not those it refused or could not choose for (said apart). */
export function notInLibrary(r: FillResult): SlotAttrs[] {
  const said = new Set([...r.refused.map((x) => x.slot.pos), ...r.ambiguous.flat().map((e) => e.pos)])
  return r.empty.filter((e) => !said.has(e.pos)).map((e) => e.attrs)
}
