/// <reference lib="webworker" />
// The import worker: mammoth is loaded only when a .docx arrives.
import { mammothFrom, serveImports } from './worker'

serveImports(async () => mammothFrom(await import('mammoth/mammoth.browser.js')))
