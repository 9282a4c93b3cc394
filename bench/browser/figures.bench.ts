/**
 * In Chromium, with real IndexedDB and a mounted editor: fill about 1,000 slots from the
 * figures store and show them; then one figure edit, counting which DOM nodes it touches.
 */
import { deleteDB } from 'idb'
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { Store } from '../../src/app/store/db'
import { EditorController } from '../../src/app/editor/controller'
import { CheckEngine } from '../../src/core/checks/engine'
import { importText } from '../../src/core/import'
import { FigureIndex, figuresFromRows, type FigureValue } from '../../src/core/figures/model'
import { slotsOf } from '../../src/core/outline'
import { measureAsync, reportLines, type Result } from '../harness'
import seed from '../../test/fixtures/seed-hrss-2022.txt?raw'

const host: ReactiveControllerHost = {
  addController(c: ReactiveController) { c.hostConnected?.() },
  removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true),
}

async function main() {
  const doc = importText(Array.from({ length: 20 }, () => seed).join('\n')).doc
  const metricSlots = slotsOf(doc).filter((s) => s.attrs.role === 'metric')
  // A value for every metric, year and kind the speech asks for.
  const rows = new Map<string, { label: string; year: number; value: string; unit: string; kind: 'actual' | 'target' }>()
  for (const s of metricSlots) rows.set(`${s.attrs.label}|${s.attrs.year}|${s.attrs.kind}`, { label: s.attrs.label, year: s.attrs.year!, value: String(100 + rows.size), unit: s.attrs.unit, kind: s.attrs.kind })
  const name = 'jianggao-bench-figures'
  await deleteDB(name)
  const store = await Store.open(name)
  const { metrics, values } = figuresFromRows([...rows.values()])
  await store.saveFigures(metrics, values)

  // The editor as the app shows it: its stylesheet applied, in a scrolling page.
  const { proseMirrorStyles, speechStyles, fonts } = await import('../../src/app/editor/styles')
  const style = document.createElement('style')
  style.textContent = [fonts, proseMirrorStyles, speechStyles].map((c) => c.cssText.replace(/:host/g, ':root')).join('\n')
  document.head.append(style)
  const mount = document.createElement('div')
  mount.style.cssText = 'height: 900px; overflow: auto; width: 160mm'
  document.body.append(mount)
  let editor: EditorController | null = null
  const fresh = () => {
    editor?.hostDisconnected()
    editor = new EditorController(host, { doc, onDocChange() {}, checks: new CheckEngine() })
    mount.replaceChildren(editor.dom)
  }
  let filled = 0
  const results: Result[] = []
  const samples: number[] = []
  const withRead: number[] = []
  for (let i = 0; i < 12; i++) {
    fresh()
    void mount.offsetHeight
    const t0 = performance.now()
    const loaded = await store.loadFigures()
    const t1 = performance.now()
    const r = editor!.fillFromFigures(new FigureIndex(loaded.metrics, loaded.values))
    void mount.offsetHeight // layout: the values are on screen
    const t2 = performance.now()
    samples.push(t2 - t1)
    withRead.push(t2 - t0)
    filled = r.filled
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  results.push({ name: `fill ${filled} slots from the loaded figures, shown`, medianMs: median(samples), runs: samples.length })
  results.push({ name: `the same, reading IndexedDB first`, medianMs: median(withRead), runs: withRead.length })

  // One edit: which parts of the page change?
  fresh()
  const loaded = await store.loadFigures()
  editor!.fillFromFigures(new FigureIndex(loaded.metrics, loaded.values))
  const target = slotsOf(editor!.state.doc).find((s) => s.attrs.label === '城镇新增就业' && s.attrs.kind === 'actual')!
  const ownSlots = slotsOf(editor!.state.doc).filter((s) => s.attrs.label === '城镇新增就业' && s.attrs.kind === 'actual').length
  const touched = new Set<Node>()
  const observer = new MutationObserver((records) => { for (const r of records) touched.add(r.target) })
  observer.observe(mount, { subtree: true, childList: true, characterData: true, attributes: true })
  let n = 0
  const edit = await measureAsync('one figure edit (all its slots)', async () => {
    editor!.setFigure({ label: '城镇新增就业', year: target.attrs.year, kind: 'actual', value: String(4000 + n++), unit: '人' })
  }, { minRuns: 20 })
  await Promise.resolve()
  observer.disconnect()
  const outsideSlots = [...touched].filter((node) => !(node instanceof Element ? node : node.parentElement)?.closest('.slot'))
  const touchedSlots = new Set([...touched].map((node) => (node instanceof Element ? node : node.parentElement)?.closest('.slot')).filter(Boolean))
  editor!.hostDisconnected()
  store.close()
  await deleteDB(name)
  const fill = results[0]
  return reportLines([fill, results[1], edit], [
    { label: `filling ${filled} slots and showing them under 50 ms`, ok: fill.medianMs < 50 && filled >= 1000, detail: `${fill.medianMs.toFixed(1)} ms` },
    { label: 'one figure edit changes only its own slots in the page', ok: outsideSlots.length === 0 && touchedSlots.size === ownSlots,
      detail: `${touchedSlots.size} slots changed (the metric has ${ownSlots}), ${outsideSlots.length} other nodes; ${edit.medianMs.toFixed(2)} ms an edit` },
  ])
}

export const result = main()
