declare module 'mammoth/mammoth.browser.js'

/** Set by vite.config.ts: true in the single-file build (opened from disk). Undefined in tests. */
declare const __JIANGGAO_SINGLE_FILE__: boolean | undefined
