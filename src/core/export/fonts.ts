/**
 * The typefaces of a printed speech (GB/T 9704: 仿宋 body, 小标宋 title, 黑体 and 楷体 headings,
 * 宋体 page numbers) and what stands in for each where it is missing, in one table. The editor, the
 * preview, the print and `jianggao export --format html` use the CSS stacks; the .docx names each
 * primary face and gives Word its `altName`.
 */

export type FontRole = 'body' | 'kai' | 'title' | 'hei' | 'song'

export interface Typeface {
  /** The face the standard names, as Word and the font itself call it. */
  primary: string
  /** What Word takes where the primary is missing (fontTable.xml's altName): a face Windows ships, of the same widths. */
  docxAlt: string
  /** After the primary, for CSS: its other names, faces of the same widths, then free ones (Noto, Source Han). */
  fallbacks: readonly string[]
  generic: 'serif' | 'sans-serif'
}

/**
 * The table, in the order fontTable.xml lists the faces. 仿宋 and 楷体 ship with Windows since Vista;
 * 仿宋_GB2312 and 楷体_GB2312 only with older systems or an office's font pack.
 */
export const TYPEFACES: Readonly<Record<FontRole, Typeface>> = {
  body: {
    primary: '仿宋_GB2312',
    docxAlt: '仿宋',
    fallbacks: ['FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC'],
    generic: 'serif',
  },
  kai: {
    primary: '楷体_GB2312',
    docxAlt: '楷体',
    fallbacks: ['KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC'],
    generic: 'serif',
  },
  title: {
    primary: '方正小标宋简体',
    docxAlt: '华文中宋',
    fallbacks: [
      'FZXiaoBiaoSong-B05S',
      '方正小标宋_GBK',
      '华文中宋',
      'STZhongsong',
      'Noto Serif CJK SC',
      'Source Han Serif SC',
    ],
    generic: 'serif',
  },
  hei: {
    primary: '黑体',
    docxAlt: 'SimHei',
    fallbacks: ['SimHei', 'Noto Sans CJK SC', 'Source Han Sans SC'],
    generic: 'sans-serif',
  },
  song: {
    primary: '宋体',
    docxAlt: 'SimSun',
    fallbacks: ['SimSun', 'Noto Serif CJK SC'],
    generic: 'serif',
  },
}

/** A face as a CSS font-family list: `"仿宋_GB2312", "FangSong_GB2312", …, serif`. */
export function cssFontStack(role: FontRole): string {
  const face = TYPEFACES[role]
  return [face.primary, ...face.fallbacks].map((name) => `"${name}"`).join(', ') + `, ${face.generic}`
}
