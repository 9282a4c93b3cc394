/**
 * 生成新一年草稿: a new draft from a saved one, its figures kept in the figures store so the
 * new speech's review can be read against last year's targets. The roll-over itself runs in
 * a worker (rollover-worker/); nothing is written until it has succeeded.
 */
import { speechFromJSON, storedYears } from '../core/serialize'
import { rolloverInWorker } from './rollover-worker/client'
import { figuresFromRows, FigureIndex, oneEach } from '../core/figures/model'
import { keptRows } from '../core/figures/incoming'
import { newDraft } from './drafts'
import type { DraftRecord, Store } from './store/db'
import { present } from '../core/guards'
import { fillSlots } from '../core/figures/fill'
import { fillSaid, fillSaidSlots } from './fill-said'

export async function rollDraft(
  store: Store,
  source: DraftRecord,
  toPlanYear: number | undefined,
): Promise<DraftRecord> {
  const settings = await store.getSettings()
  const r = await rolloverInWorker({ speech: source.speech, toPlanYear, timeBoundPhrases: settings.timeBoundPhrases })
  if (r.carried.length) {
    // Last year's figures go to the store under the metrics it already knows.
    const known = await store.loadFigures()
    const index = new FigureIndex(known.metrics, known.values)
    // 412人 and 15所 both under 乡镇卫生院 are two metrics (keptRows), not one of them left out.
    const { metrics, values } = figuresFromRows(keptRows(index, r.carried))
    const labels = new Map(metrics.map((m) => [m.key, m.label]))
    // A year's figure and a total over years (“十四五”期间累计) are two values: the span keeps them apart.
    const key = (v: { metric: string; year: number; kind: string; span?: string }) =>
      `${v.metric}|${v.year}|${v.kind}|${v.span ?? ''}`
    // Two labels the library knows as one metric may hold two numbers: then neither is kept (oneEach).
    const mapped = oneEach(
      values.map((v) => ({
        ...v,
        metric: index.metricFor(present(labels.get(v.metric), 'the metric a carried value names'))?.key ?? v.metric,
      })),
      key,
    )
    // A value already in the store (typed or imported) wins over the one read from the old speech.
    const existing = new Set(known.values.map(key))
    await store.saveFigures(
      metrics.filter((m) => !index.metricFor(m.label)),
      mapped.filter((v) => !existing.has(key(v))),
    )
  }
  // The new year's figures the library already holds go in now, in the roll-over's own step:
  // the draft is written once, already filled, and is never seen emptied of numbers the library
  // has. (Undoing the roll-over is deleting the new draft, as for its years; last year's speech is
  // untouched.) Each slot asks for its own year and kind (the roll-over moved them on: a review
  // slot for the new review year), so last year's actuals, carried above, are never filled in.
  // A speech with no years was not moved on: its slots still ask for last year's, and stay empty.
  const figures = r.noYears ? { metrics: [], values: [] } : await store.loadFigures()
  const filled = fillSlots(speechFromJSON(r.speech), new FigureIndex(figures.metrics, figures.values))
  const record: DraftRecord = {
    ...newDraft(filled.doc, 'rollover'),
    reference: { title: source.title, speech: source.speech },
    rollover: {
      from: r.from,
      to: r.to,
      noYears: r.noYears,
      flags: r.flags,
      done: [],
      ...(r.noYears
        ? {}
        : {
            fill: {
              filled: filled.filled,
              empty: filled.empty.length,
              said: fillSaid(filled),
              slots: fillSaidSlots(filled),
            },
          }),
    },
  }
  await store.saveDraft(record)
  return record
}

/** Whether the speech reviews the year it plans (a mid-year meeting): so will its roll-over. */
export function isMidYear(source: DraftRecord): boolean {
  const { reviewYear, planYear } = storedYears(source.speech.doc)
  return typeof planYear === 'number' && reviewYear === planYear
}

/** The plan year a roll-over of this speech proposes. */
export function nextPlanYear(source: DraftRecord): number | null {
  const plan = storedYears(source.speech.doc).planYear
  return typeof plan === 'number' ? plan + 1 : null
}
