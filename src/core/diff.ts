/**
 * What changed between last year's speech and this year's draft: a sentence-level diff
 * (Myers), refined to characters inside sentences that were edited rather than replaced.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { partsOf, type OutlineKind } from './outline'
import { printBlocks } from './text'
import { present } from './guards'

export type Op = 'equal' | 'insert' | 'delete'
export interface Segment {
  op: Op
  text: string
}

/** Myers' O(ND) diff of two sequences. */
export function diffSeq<T>(
  a: T[],
  b: T[],
  eq: (x: T, y: T) => boolean = (x, y) => x === y,
): { op: Op; a: number; b: number }[] {
  const n = a.length
  const m = b.length
  const max = n + m
  const v = new Int32Array(2 * max + 2)
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1
      let y = x - k
      while (x < n && y < m && eq(a[x], b[y])) {
        x++
        y++
      }
      v[max + k] = x
      if (x >= n && y >= m) return backtrack(trace, v, max, n, m, d)
    }
  }
  return []
}

function backtrack(trace: Int32Array[], last: Int32Array, max: number, n: number, m: number, dEnd: number) {
  const ops: { op: Op; a: number; b: number }[] = []
  let x = n
  let y = m
  trace.push(last)
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]
    const k = x - y
    const prevK = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? k + 1 : k - 1
    const prevX = v[max + prevK]
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      ops.push({ op: 'equal', a: --x, b: --y })
    }
    if (x === prevX) ops.push({ op: 'insert', a: x, b: --y })
    else ops.push({ op: 'delete', a: --x, b: y })
  }
  while (x > 0 && y > 0) ops.push({ op: 'equal', a: --x, b: --y })
  return ops.reverse()
}

function sentences(text: string): string[] {
  // A pattern that can match nothing matches every string: match never gives null here.
  return (text.match(/[^。！？；\n]*[。！？；\n]?/g) ?? []).filter(Boolean)
}

function push(out: Segment[], op: Op, text: string) {
  if (!text) return
  const last = out.at(-1)
  if (last && last.op === op) last.text += text
  else out.push({ op, text })
}

/** The diff of two texts, as runs of kept, added and removed text. */
export function diffText(a: string, b: string): Segment[] {
  const sa = sentences(a)
  const sb = sentences(b)
  const ops = diffSeq(sa, sb)
  const out: Segment[] = []
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i]
    if (o.op === 'equal') {
      push(out, 'equal', sa[o.a])
      continue
    }
    // A run of changes: a deleted sentence followed by an inserted one is an edit, diffed by character.
    const dels: string[] = []
    const ins: string[] = []
    while (i < ops.length && ops[i].op !== 'equal') {
      if (ops[i].op === 'delete') dels.push(sa[ops[i].a])
      else ins.push(sb[ops[i].b])
      i++
    }
    i--
    const from = dels.join('')
    const to = ins.join('')
    if (from && to && from.length + to.length < 4000) {
      const chars = diffSeq([...from], [...to])
      const ca = [...from]
      const cb = [...to]
      for (const c of chars) push(out, c.op, c.op === 'insert' ? cb[c.b] : ca[c.a])
    } else {
      push(out, 'delete', from)
      push(out, 'insert', to)
    }
  }
  return out
}

export interface PartComparison {
  kind: OutlineKind
  title: string
  old: string
  new: string
  segments: Segment[]
  /** Share of this year's text that is still last year's, word for word. */
  unchanged: number
}

/**
 * Each part's text as it prints: numbers written out ("一、", "（一）", "1."), slots as their
 * values or as blanks ("＿＿人"), never as markup; so the diff is of what a person reads.
 */
function partTexts(doc: PMNode): { kind: OutlineKind; title: string; text: string }[] {
  const blocks = printBlocks(doc, { slots: 'blank' }).map((b) => ({
    start: b.runs.find((r) => r.source)?.source?.contentStart ?? -1,
    style: b.style,
    text: b.runs.map((r) => r.text).join(''),
  }))
  return partsOf(doc).map((p) => {
    const end = p.pos + present(doc.nodeAt(p.pos), 'the part the outline found').nodeSize
    const own = blocks.filter((b) => b.start > p.pos && b.start < end)
    return {
      kind: p.kind,
      title: own.find((b) => b.style === 'h1')?.text ?? (p.kind === 'opening' ? '开头' : '结束语'),
      text: own.map((b) => b.text).join('\n'),
    }
  })
}

/** Last year's speech and this year's draft, part by part (matched in order, opening with opening, closing with closing). */
export function compareSpeeches(oldDoc: PMNode, newDoc: PMNode): PartComparison[] {
  const a = partTexts(oldDoc)
  const b = partTexts(newDoc)
  const ops = diffSeq(
    a,
    b,
    (x, y) =>
      x.kind === y.kind &&
      (x.kind === 'opening' || x.kind === 'closing' || x.title.replace(/\d{4}/g, '') === y.title.replace(/\d{4}/g, '')),
  )
  const out: PartComparison[] = []
  // Parts that do not match by title are still paired up in order, so renamed parts show their edits.
  const pendingOld: typeof a = []
  const flush = () => {
    for (const p of pendingOld.splice(0)) out.push(compare(p, null))
  }
  for (const o of ops) {
    if (o.op === 'delete') pendingOld.push(a[o.a])
    else if (o.op === 'insert') out.push(compare(pendingOld.shift() ?? null, b[o.b]))
    else {
      flush()
      out.push(compare(a[o.a], b[o.b]))
    }
  }
  flush()
  return out
}

function compare(
  a: { kind: OutlineKind; title: string; text: string } | null,
  b: { kind: OutlineKind; title: string; text: string } | null,
): PartComparison {
  const segments = diffText(a?.text ?? '', b?.text ?? '')
  const kept = segments.filter((s) => s.op === 'equal').reduce((n, s) => n + s.text.replace(/\s/g, '').length, 0)
  const total = (b?.text ?? '').replace(/\s/g, '').length
  const either = present(b ?? a, 'a part on one side at least')
  return {
    kind: either.kind,
    title: either.title,
    old: a?.text ?? '',
    new: b?.text ?? '',
    segments,
    unchanged: total ? kept / total : 0,
  }
}
