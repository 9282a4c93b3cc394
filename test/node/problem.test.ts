import { describe, expect, it } from 'vitest'
import { userMessage } from '../../src/app/problem'

describe('what the user is told about an error', () => {
  it('our own Chinese message as it is; the browser’s English never, the Chinese fallback instead', () => {
    expect(userMessage(new Error('这个 .docx 文件已损坏。请重新另存。'), '备用')).toBe(
      '这个 .docx 文件已损坏。请重新另存。',
    )
    expect(userMessage(new TypeError("Cannot read properties of undefined (reading 'x')"), '生成文件时出错')).toBe(
      '生成文件时出错',
    )
    expect(userMessage(new DOMException('The operation failed', 'DataError'), '备用')).toBe('备用')
    expect(userMessage('磁盘已满', '备用')).toBe('磁盘已满')
    expect(userMessage(undefined, '备用')).toBe('备用')
  })
})
