/**
 * One speech and one CSV that the command line and the app must fill alike: a value converted
 * between units, a unit that cannot be converted (refused), a target, and two slots of one label
 * that held different values last year (left empty, listed). Shared by the Node and browser tests.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { importText } from '../../src/core/import'
import { rollover } from '../../src/core/rollover'
import { slotsOf } from '../../src/core/outline'
import { parseFiguresCsv } from '../../src/core/figures/csv'
import { FigureIndex, figuresFromRows } from '../../src/core/figures/model'
import { fillSlots } from '../../src/core/figures/fill'
import { speechToText } from '../../src/core/text'

const LAST_YEAR = `2024年全县医疗保障工作会议讲话
同志们：
今天召开会议，总结2024年工作，部署2025年任务。
一、2024年工作回顾
全年基金支出3.2亿元，城乡居民医保、职工医保参保率分别达到97.1%、98.4%，定点医药机构达到300家。
二、2025年工作任务
确保基金支出控制在3.5亿元以内。
同志们，让我们扎实工作！
`

export const PARITY_CSV = `指标,年度,数值,单位,类型
基金支出,2025,35000,万元,实际
参保率,2025,97.5,%,实际
定点医药机构,2025,310,人,实际
基金支出,2026,3.8,亿元,目标
`

/** Last year's speech rolled forward, its two rates read (wrongly) under one label, as an importer might. */
export function paritySpeech(): PMNode {
  const rolled = rollover(importText(LAST_YEAR).doc).doc
  const tr = new Transform(rolled)
  for (const s of slotsOf(rolled).filter((s) => s.attrs.unit === '%')) tr.setNodeAttribute(s.pos, 'label', '参保率')
  return tr.doc
}

/** The text the command line computes: CSV rows straight into an index, then the fill. */
export function expectedFill(csv = PARITY_CSV) {
  const { metrics, values } = figuresFromRows(parseFiguresCsv(new TextEncoder().encode(csv)).rows)
  const r = fillSlots(paritySpeech(), new FigureIndex(metrics, values))
  return { text: speechToText(r.doc), filled: r.filled, refused: r.refused.length, ambiguous: r.ambiguous.length }
}
