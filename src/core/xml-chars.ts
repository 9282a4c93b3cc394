/**
 * Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return;
 * unpaired surrogates; U+FFFE and U+FFFF). One of them in a .docx makes Word refuse the whole
 * file, so every export writes U+FFFD in their place: one code unit for one, so offsets into
 * the text stay where they were.
 */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '\ufffd')
}
