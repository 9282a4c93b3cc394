/// <reference lib="webworker" />
// The import worker of the single-file build, inlined into the page: no chunk to load later,
// so mammoth comes with it (the worker itself still starts only when an import begins).
import * as mammoth from 'mammoth/mammoth.browser.js'
import { mammothFrom, serveImports } from './worker'

// biome-ignore lint/nursery/noUnsafeTypeAssertion: mammoth's browser build ships no types; its namespace holds convertToHtml, which Mammoth describes
serveImports(async () => mammothFrom(mammoth as never))
