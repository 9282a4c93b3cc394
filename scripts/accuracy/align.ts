/**
 * Character alignment of two nearly equal texts (a speech as written and as the program
 * prints it back: numbers regenerated, separators dropped), by Myers' O(ND) difference
 * algorithm. Used to carry an offset in one to the other.
 */

/** For each offset of `a`, the offset of the same character in `b`, or -1 when it has none. */
export function alignment(a: string, b: string): Int32Array {
  const n = a.length
  const m = b.length
  const max = n + m
  const v = new Int32Array(2 * max + 2)
  const trace: Int32Array[] = []
  let done = false
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[max + k] = x
      if (x >= n && y >= m) {
        done = true
        break
      }
    }
  }
  // Walk the trace back from the end, recording the diagonals (equal characters).
  const map = new Int32Array(n).fill(-1)
  let x = n
  let y = m
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d]
    const k = x - y
    const prevK = k === -d || (k !== d && vd[max + k - 1] < vd[max + k + 1]) ? k + 1 : k - 1
    const prevX = d === 0 ? 0 : vd[max + prevK]
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      x--
      y--
      map[x] = y
    }
    if (d > 0) {
      x = prevX
      y = prevY
    }
  }
  return map
}

/**
 * Carry the range [from, to) of `a` into `b`. An end whose character has no counterpart (a
 * number the program regenerated) reaches to the nearest aligned character beyond it.
 */
export function carryRange(map: Int32Array, from: number, to: number, bLength: number): [number, number] {
  let start = 0
  for (let i = from; i >= 0; i--) {
    if (map[i] >= 0) {
      start = i === from ? map[i] : map[i] + 1
      break
    }
  }
  let end = bLength
  for (let i = to - 1; i < map.length; i++) {
    if (i >= 0 && map[i] >= 0) {
      end = i === to - 1 ? map[i] + 1 : map[i]
      break
    }
  }
  return [start, Math.max(start, end)]
}
