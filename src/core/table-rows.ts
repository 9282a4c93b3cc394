/**
 * A row of a Word table, as the import reads it: one line, its cells side by side with a wide space
 * between (指标　2024年　2025年　增长). One definition for the import that writes rows and the
 * checks that must not read a row as a sentence.
 */

/** Between cells of a row read as one line: the wide space a table typed as text uses. */
export const CELL_GAP = '\u3000'

/** A row: two or more cells with text, no sentence punctuation (a paragraph indented by 　 is no row). */
export function isTableRow(text: string): boolean {
  const cells = text
    .trim()
    .split(CELL_GAP)
    .filter((c) => c.trim() !== '')
  return cells.length >= 2 && !/[。，；：！？]/.test(text)
}
