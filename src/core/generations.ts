/**
 * A cache in two generations: when the young one is full it becomes the old one, and the old one
 * is dropped; a hit in the old one moves back to the young. What is still read stays; what no
 * block reads any more (each key's version of a paragraph typed in) goes within two generations.
 */
export class Generations<V> {
  private young = new Map<string, V>()
  private old = new Map<string, V>()
  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const young = this.young.get(key)
    if (young !== undefined) return young
    const old = this.old.get(key)
    if (old !== undefined) this.set(key, old)
    return old
  }

  set(key: string, value: V) {
    if (this.young.size >= this.max) {
      this.old = this.young
      this.young = new Map()
    }
    this.young.set(key, value)
  }
}
