import { describe, expect, it } from 'vitest'
import { isTableRow, TABLE_ROW_EXAMPLES } from '../../src/core/import/table-rows'

describe('a line read as a table’s row (its numbers are no slots)', () => {
  it.each(TABLE_ROW_EXAMPLES.rows)('%s is a row', (line) => expect(isTableRow(line)).toBe(true))
  it.each(TABLE_ROW_EXAMPLES.notRows)('%s is not', (line) => expect(isTableRow(line)).toBe(false))
})
