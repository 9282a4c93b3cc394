/** localStorage in memory, for the write-ahead copy's tests; `full` makes every write fail as a full one does. */
export class MemoryStorage implements Storage {
  private map = new Map<string, string>()
  full = false
  get length() {
    return this.map.size
  }
  clear() {
    this.map.clear()
  }
  getItem(key: string) {
    return this.map.get(key) ?? null
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null
  }
  removeItem(key: string) {
    this.map.delete(key)
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError')
    this.map.set(key, value)
  }
}
