/**
 * The layers of the source tree: imports point down only. The core runs without a DOM, the
 * checks and the outline do not import the importer, lang/ depends on nothing, and no module
 * imports itself through others.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : []
  })
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null
  const base = resolve(dirname(from), spec)
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base])
    if (candidate.endsWith('.ts') && safeIsFile(candidate)) return candidate
  return null
}
const safeIsFile = (p: string) => {
  try {
    return statSync(p).isFile()
  } catch {
    return false
  }
}

/** Every module of src/ with what it imports: local modules by path (relative to src/) and packages by name. */
function graph(): Map<string, { local: string[]; packages: string[] }> {
  const out = new Map<string, { local: string[]; packages: string[] }>()
  for (const file of sourceFiles(ROOT)) {
    const text = readFileSync(file, 'utf8')
    const local: string[] = []
    const packages: string[] = []
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]
      const target = resolveLocal(file, spec)
      if (target) local.push(relative(ROOT, target))
      else if (!spec.startsWith('.')) packages.push(spec)
    }
    out.set(relative(ROOT, file), { local, packages })
  }
  return out
}

const modules = graph()
const under = (dir: string) => [...modules.keys()].filter((m) => m.startsWith(dir))

/** Imports from modules under `from` to modules matching `to`, as "a → b". */
function edges(from: string[], to: (target: string) => boolean): string[] {
  return from.flatMap((m) =>
    modules
      .get(m)!
      .local.filter(to)
      .map((t) => `${m} → ${t}`),
  )
}

/** The import cycles among the modules, each as a path a → b → … → a. */
function cycles(): string[][] {
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (m: string) => {
    state.set(m, 'open')
    stack.push(m)
    for (const t of modules.get(m)?.local ?? []) {
      if (state.get(t) === 'open') found.push([...stack.slice(stack.indexOf(t)), t])
      else if (!state.has(t)) visit(t)
    }
    stack.pop()
    state.set(m, 'done')
  }
  for (const m of modules.keys()) if (!state.has(m)) visit(m)
  return found
}

describe('layering', () => {
  it('finds the modules and their imports (the scan itself works)', () => {
    expect(modules.get('core/checks/engine.ts')?.local).toContain('core/checks/rules.ts')
    expect(modules.get('core/schema.ts')?.packages).toContain('prosemirror-model')
  })

  it('has no import cycles', () => {
    expect(cycles().map((c) => c.join(' → '))).toEqual([])
  })

  it('the core imports neither the app, the CLI, the wording of the UI, nor DOM libraries', () => {
    const core = under('core/')
    expect(edges(core, (t) => !t.startsWith('core/'))).toEqual([])
    const dom = core.flatMap((m) =>
      modules
        .get(m)!
        .packages.filter((p) => /^(lit|@lit|idb|prosemirror-view)(\/|$)/.test(p))
        .map((p) => `${m} → ${p}`),
    )
    expect(dom).toEqual([])
  })

  it('checks and the outline do not import the importer, only its reader of figures (typed figures are read as it reads them)', () => {
    // The figure reader and what it uses: one definition of a figure, for the importer and the checks alike.
    const reader = new Set<string>()
    const reach = (m: string) => {
      if (reader.has(m)) return
      reader.add(m)
      for (const t of modules.get(m)?.local ?? []) reach(t)
    }
    for (const m of ['figures.ts', 'figure-slot.ts', 'normalize.ts']) reach(`core/import/${m}`)
    // The reader is the recogniser alone: not the structure, the build, nor the reading of files.
    expect(
      [...reader].filter((m) => /^core\/import\/(?:index|structure|build|kinds|decode|docx|zip)\.ts$/.test(m)),
    ).toEqual([])
    expect(
      edges([...under('core/checks/'), 'core/outline.ts'], (t) => t.startsWith('core/import/') && !reader.has(t)),
    ).toEqual([])
    expect(edges(['core/outline.ts'], (t) => t.startsWith('core/import/'))).toEqual([])
  })

  it('lang/ (facts of written Chinese) depends on nothing else of ours', () => {
    expect(edges(under('core/lang/'), (t) => !t.startsWith('core/lang/'))).toEqual([])
  })
})
