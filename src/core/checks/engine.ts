/**
 * The check engine. Block rules run per textblock and their results are cached by node, so
 * after a keystroke only the changed block is checked again; document rules combine cached
 * per-part summaries. Everything here is pure: the editor, the CLI and tests share it.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { dateOf } from '../lang/years'
import { partKindOf, type PartKind } from '../schema'
import { excerptOf, viewOf } from './blocks'
import { summarise } from './summaries'
import { BLOCK_RULES, DOCUMENT_RULES, RULES } from './rules'
import {
  DEFAULT_CHECK_OPTIONS,
  findingKey,
  type BlockContext,
  type BlockFinding,
  type CheckOptions,
  type Container,
  type DocumentContext,
  type Finding,
  type TopSummary,
} from './types'

const TEXT_RULES = BLOCK_RULES.filter((r) => !r.usesSlots)
const SLOT_RULES = BLOCK_RULES.filter((r) => r.usesSlots)

export interface CheckRun {
  /** Every finding, in document order, without the disabled rules and the ignored findings. */
  findings: Finding[]
  /** Findings of the block rules, in document order. */
  blockFindings: Finding[]
  /** Findings of the document rules (structure), a few at most. */
  documentFindings: Finding[]
  /** Ranges of the blocks whose results were computed afresh in this run. */
  changed: { from: number; to: number }[]
  /** How many findings were left out because the user ignored them or switched their rule off. */
  hidden: number
}

/** Text results kept for blocks whose words are unchanged (a figure filled in changes no words). */
const TEXT_CACHE_MAX = 20_000

export class CheckEngine {
  private cache = new WeakMap<PMNode, { key: string; findings: Finding[] }>()
  private textCache = new Map<string, Required<BlockFinding>[]>()
  private options: CheckOptions
  private optionsKey: string

  constructor(options: Partial<CheckOptions> = {}) {
    this.options = { ...DEFAULT_CHECK_OPTIONS, ...options }
    this.optionsKey = optionsKey(this.options)
  }

  get currentOptions(): CheckOptions {
    return this.options
  }

  /** New options; results that depend on them are recomputed on the next run. */
  setOptions(options: Partial<CheckOptions>) {
    this.options = { ...this.options, ...options }
    this.optionsKey = optionsKey(this.options)
  }

  run(doc: PMNode): CheckRun {
    const blockFindings: Finding[] = []
    const changed: CheckRun['changed'] = []
    const { reviewYear, planYear } = doc.attrs
    const tops: TopSummary[] = []
    doc.forEach((top, topPos) => {
      tops.push(summarise(top, topPos))
    })
    const speech = speechFacts(tops, reviewYear)
    const visit = (block: PMNode, pos: number, container: Container, partKind: PartKind | null) => {
      // Whether most figures are filled matters only to blocks with slots: a fill elsewhere leaves the rest cached.
      const filledKey = hasSlot(block) ? speech.facts.mostlyFilled : ''
      const key = `${container}|${partKind}|${block.type.name}|${reviewYear}|${planYear}|${speech.facts.givenInReviewYear}|${filledKey}|${this.optionsKey}`
      let hit = this.cache.get(block)
      if (!hit || hit.key !== key) {
        const ctx: BlockContext = {
          container,
          partKind,
          blockType: block.type.name,
          reviewYear,
          planYear,
          options: this.options,
          ...speech.facts,
        }
        hit = { key, findings: this.checkBlock(block, ctx, key) }
        this.cache.set(block, hit)
        changed.push({ from: pos, to: pos + block.nodeSize })
      }
      for (const f of hit.findings) blockFindings.push({ ...f, from: pos + 1 + f.from, to: pos + 1 + f.to })
    }
    doc.forEach((top, topPos) => {
      const name = top.type.name
      if (top.isTextblock) visit(top, topPos, 'head', null)
      else if (name === 'opening' || name === 'closing')
        top.forEach((p, o) => {
          visit(p, topPos + 1 + o, name, null)
        })
      else if (name === 'part') {
        const kind = partKindOf(top)
        top.forEach((c, o) => {
          const cPos = topPos + 1 + o
          if (c.isTextblock) visit(c, cPos, 'part', kind)
          else
            c.forEach((b, bo) => {
              visit(b, cPos + 1 + bo, 'part', kind)
            })
        })
      }
    })
    const ctx: DocumentContext = {
      required: doc.attrs.required,
      templateId: doc.attrs.templateId,
      reviewYear,
      planYear,
      docKind: doc.attrs.docKind,
    }
    const documentFindings: Finding[] = DOCUMENT_RULES.flatMap((rule) =>
      rule.check(tops, ctx).map((f) => ({ ...f, severity: f.severity ?? rule.severity })),
    )
    for (const t of tops)
      for (const f of t.local) documentFindings.push({ ...f, from: t.pos + f.from, to: t.pos + f.to })
    const all = [...blockFindings, ...documentFindings]
    const visible = this.visible(all).sort((a, b) => a.from - b.from || a.to - b.to)
    return {
      findings: visible,
      blockFindings: this.visible(blockFindings),
      documentFindings: this.visible(documentFindings),
      changed,
      hidden: all.length - visible.length,
    }
  }

  private visible(findings: Finding[]): Finding[] {
    const { disabledRules, ignored } = this.options
    if (!disabledRules.length && !ignored.length) return findings
    return findings.filter((f) => !disabledRules.includes(f.rule) && !ignored.includes(findingKey(f)))
  }

  private checkBlock(block: PMNode, ctx: BlockContext, key: string): Finding[] {
    const view = viewOf(block)
    const textKey = `${key}|${view.text}`
    let textFindings = this.textCache.get(textKey)
    if (!textFindings) {
      textFindings = TEXT_RULES.flatMap((rule) =>
        rule.check(view, ctx).map((f) => ({ ...f, severity: f.severity ?? rule.severity })),
      )
      if (this.textCache.size >= TEXT_CACHE_MAX) this.textCache.clear()
      this.textCache.set(textKey, textFindings)
    }
    const slotFindings = view.slots.length
      ? SLOT_RULES.flatMap((rule) =>
          rule.check(view, ctx).map((f) => ({ ...f, severity: f.severity ?? rule.severity })),
        )
      : []
    return [...textFindings, ...slotFindings]
      .map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        from: f.from,
        to: f.to,
        excerpt: excerptOf(view, f.from, f.to),
      }))
      .sort((a, b) => a.from - b.from)
  }
}

/**
 * What block rules need to know of the speech as a whole: whether it is given in the year it
 * reviews (a December speech: its 今年 is the review year), and whether most figures are filled
 * (then an empty slot is a placeholder left behind, not a figure still to come).
 */
function speechFacts(tops: TopSummary[], reviewYear: number | null) {
  const spoken = tops
    .filter((t) => t.type === 'byline')
    .map((t) => dateOf(t.text))
    .find((d) => d !== null)
  let filled = 0
  let empty = 0
  for (const t of tops) {
    filled += t.filled
    empty += t.empty
  }
  const facts = {
    givenInReviewYear: spoken !== undefined && spoken.year === reviewYear,
    mostlyFilled: filled > empty,
  }
  return { facts }
}

function hasSlot(block: PMNode): boolean {
  let found = false
  block.forEach((child) => {
    if (child.type.name === 'slot') found = true
  })
  return found
}

function optionsKey(o: CheckOptions): string {
  return JSON.stringify([o.timeBoundPhrases, o.maxSentenceChars, o.figuresVersion ?? 0])
}

/** Check a whole document once (the CLI and tests). */
export function checkDocument(doc: PMNode, options: Partial<CheckOptions> = {}): Finding[] {
  return new CheckEngine(options).run(doc).findings
}

export { RULES }
