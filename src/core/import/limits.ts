/**
 * How much one import may take, the same in the app (its import worker) and the CLI. A long
 * speech has 20,000 characters and a .docx of one some tens of KB; these leave room for
 * ten times that and refuse what would only tie up the machine.
 */
export const IMPORT_LIMITS = {
  /** Characters of text, pasted or read from any file. */
  textChars: 300_000,
  /** Bytes of a text or JSON file. */
  textFileBytes: 5 * 1024 * 1024,
  /** Bytes of a figures CSV file. */
  csvBytes: 5 * 1024 * 1024,
}

export const DOCX_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  /** What all entries together may unpack to, counted as they unpack. */
  unpackedBytes: 200 * 1024 * 1024,
  entries: 2000,
}

/** The most bytes any file the importer reads may have: larger ones need not be read at all. */
export const MAX_FILE_BYTES = Math.max(DOCX_LIMITS.fileBytes, IMPORT_LIMITS.textFileBytes, IMPORT_LIMITS.csvBytes)

export const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`
