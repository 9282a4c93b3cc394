/**
 * The figures of the open speech's editor page: loads the figures store, keeps what the user
 * sets in the text, imports and exports CSV, merges metrics. A Lit ReactiveController: its
 * host re-renders when the figures or its message change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { FigureIndex, change, figuresFromRows, normalizeLabel, type Metric } from '../core/figures/model'
import { figuresToCsv, parseFiguresCsv } from '../core/figures/csv'
import type { FigureEdit } from '../core/figures/fill'
import { convert, formatNumber } from '../core/units'
import type { SlotAttrs } from '../core/schema'
import { ImportError } from '../core/import/decode'
import type { EditorController } from './editor/controller'
import type { CsvPreview } from './components/jg-figures'
import { storageMessage, type Store } from './store/db'

export class FiguresController implements ReactiveController {
  index = new FigureIndex([], [])
  /** What the last action did, or why it failed, for the figures panel. */
  message = ''
  /** A CSV file read and waiting for the user's confirmation. */
  csvPreview: CsvPreview | null = null

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => Store,
    private readonly saveFile: (data: string, name: string, type: string) => void,
  ) {
    host.addController(this)
  }

  hostConnected() {}

  private say(message: string) {
    this.message = message
    this.host.requestUpdate()
  }

  async load() {
    const { metrics, values } = await this.store().loadFigures()
    this.index = new FigureIndex(metrics, values)
    this.host.requestUpdate()
  }

  /** A figure set in the speech is kept in the figures store, under its metric. */
  async keep(edit: FigureEdit) {
    if (edit.year === null) return
    const known = this.index.metricFor(edit.label)
    const metric: Metric = known ?? { key: normalizeLabel(edit.label), label: edit.label, unit: edit.unit, aliases: [] }
    try {
      if (edit.value === null) await this.store().deleteFigure(metric.key, edit.year, edit.kind)
      else {
        // Stored in the metric's own unit, so every speech converts from one place.
        const value = convert(edit.value, edit.unit, metric.unit || edit.unit) ?? edit.value
        await this.store().saveFigures(
          [metric],
          [
            {
              metric: metric.key,
              year: edit.year,
              kind: edit.kind,
              value,
              unit: metric.unit || edit.unit,
              changedAt: Date.now(),
            },
          ],
        )
      }
      await this.load()
    } catch (e) {
      this.say(`数字没有存入数字库：${storageMessage(e)}讲稿里的数字已经改好。`)
    }
  }

  /** Label, unit, last year's value and the change, for a slot pointed at. */
  slotHint(a: SlotAttrs): string {
    if (a.role === 'person') return `姓名（${a.label}）：按回车或双击填写`
    if (a.role === 'text') return `${a.label}：按回车或双击填写`
    const lines = [
      `${a.label}（${a.unit || '无单位'}）${a.year ? `，${a.year}年${a.kind === 'target' ? '目标' : '实际'}` : ''}：${a.value ?? '未填'}`,
    ]
    const prevFigure = a.year ? this.index.value(a.label, a.year - 1, 'actual') : undefined
    const prev = prevFigure ? convert(prevFigure.value, prevFigure.unit || a.unit, a.unit || prevFigure.unit) : a.prev
    if (prev !== null) {
      lines.push(`上年：${prev}${a.unit}`)
      if (a.value !== null) {
        const c = change(Number(a.value), Number(prev))
        lines.push(
          `增减：${c.diff >= 0 ? '+' : ''}${formatNumber(c.diff)}${a.unit}${c.rate !== null ? `，${c.rate >= 0 ? '增长' : '下降'}${formatNumber(Math.abs(c.rate), 1)}%` : ''}`,
        )
      }
    }
    lines.push('按回车或双击填写')
    return lines.join('\n')
  }

  fill(editor: EditorController) {
    const r = editor.fillFromFigures(this.index)
    this.say(
      [`已从数字库填写 ${r.filled} 个空位，还有 ${r.empty.length} 个空着。`, ...r.refused.map((x) => x.reason)].join(
        ' ',
      ),
    )
  }

  async readCsv(file: File) {
    this.csvPreview = null
    try {
      const { rows, errors } = parseFiguresCsv(new Uint8Array(await file.arrayBuffer()))
      this.csvPreview = { fileName: file.name, rows, errors }
      this.say('')
    } catch (e) {
      this.say(e instanceof ImportError ? e.message : `无法读取“${file.name}”：${(e as Error).message}`)
    }
  }

  /** The user answered the CSV preview: store the valid rows, or nothing. */
  async confirmCsv(ok: boolean) {
    const preview = this.csvPreview
    this.csvPreview = null
    if (!ok || !preview) {
      this.say('没有导入任何数字。')
      return
    }
    const { metrics, values } = figuresFromRows(preview.rows)
    try {
      // A label the store knows under another name goes to that metric.
      const mapped = values.map((v) => ({
        ...v,
        metric: this.index.metricFor(metrics.find((m) => m.key === v.metric)!.label)?.key ?? v.metric,
      }))
      await this.store().saveFigures(
        metrics.filter((m) => !this.index.metricFor(m.label)),
        mapped,
      )
      await this.load()
      this.say(`已导入 ${values.length} 个数字。`)
    } catch (e) {
      this.say(`导入失败：${storageMessage(e)}数字库没有改动。`)
    }
  }

  /** Everything in the store (not this page's copy, which may lag a save behind), as CSV. */
  async exportCsv() {
    try {
      const { metrics, values } = await this.store().loadFigures()
      const labels = new Map(metrics.map((m) => [m.key, m.label]))
      const rows = values.map((v) => ({
        label: labels.get(v.metric) ?? v.metric,
        year: v.year,
        value: v.value,
        unit: v.unit,
        kind: v.kind,
        source: v.source,
      }))
      this.saveFile(figuresToCsv(rows), '讲稿助手数字库.csv', 'text/csv;charset=utf-8')
    } catch (e) {
      this.say(`导出失败：${storageMessage(e)}`)
    }
  }

  async merge(keep: string, drop: string, keepLabel: string, dropLabel: string) {
    try {
      await this.store().mergeMetrics(keep, drop)
      await this.load()
      this.say(`已把“${dropLabel}”并入“${keepLabel}”。`)
    } catch (e) {
      this.say(`合并失败：${e instanceof Error ? e.message : String(e)}`)
    }
  }
}
