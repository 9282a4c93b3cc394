declare module 'mammoth/mammoth.browser.js'
