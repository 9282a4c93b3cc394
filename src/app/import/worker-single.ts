/// <reference lib="webworker" />
// The import worker of the single-file build, inlined into the page: no chunk to load later,
// so mammoth comes with it (the worker itself still starts only when an import begins).
import * as mammoth from 'mammoth/mammoth.browser.js'
import { mammothFrom, serveImports } from './worker'

// Mammoth's browser build ships no types; its namespace holds convertToHtml, which Mammoth describes.
// biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
serveImports(async () => mammothFrom(mammoth as never))
