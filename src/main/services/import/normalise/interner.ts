/**
 * Canonical strings for substrings, found without allocating. A million-row import meets the same
 * few hundred thousand hashtags over and over; slicing each occurrence out of the caption and
 * normalising it again costs more than everything else a row needs. This table hashes the
 * characters in place, compares candidates with startsWith, and hands back one shared string per
 * spelling (plus a value derived from it once, e.g. the normalised key). Shared strings also make
 * their later use as property or Map keys cheap: V8 internalises each only once.
 *
 * It is a cache: when full it starts over, so memory stays bounded on open-ended vocabularies.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export class SubstringInterner<V> {
  // Dense arrays (entry i) plus an open-addressing index of entry + 1 (0 = empty). A large
  // `new Array(n)` of holes would be a dictionary-mode array in V8, with a hash lookup per access.
  private strings: string[] = [];
  private values: V[] = [];
  private hashes: number[] = [];
  private slots: Int32Array;
  private mask: number;
  /** The value derived from the string the last intern() call returned. */
  value!: V;

  constructor(
    private readonly derive: (s: string) => V,
    private readonly maxEntries = 1 << 18,
  ) {
    this.slots = new Int32Array(1 << 12);
    this.mask = this.slots.length - 1;
  }

  /** The canonical string equal to text[start, end); sets `value` to its derived value. */
  intern(text: string, start: number, end: number): string {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    const length = end - start;
    let slot = h & this.mask;
    for (;;) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) break;
      const s = this.strings[entry]!;
      if (this.hashes[entry] === h && s.length === length && text.startsWith(s, start)) {
        this.value = this.values[entry]!;
        return s;
      }
      slot = (slot + 1) & this.mask;
    }
    const s = ownCopy(text, start, end);
    const value = this.derive(s);
    this.add(s, value, h, slot);
    this.value = value;
    return s;
  }

  private add(s: string, value: V, h: number, slot: number): void {
    if (this.strings.length >= this.maxEntries) {
      this.reset(this.slots.length);
      slot = this.freeSlot(h);
    } else if ((this.strings.length + 1) * 2 > this.slots.length) {
      this.rehash(this.slots.length * 2);
      slot = this.freeSlot(h);
    }
    this.slots[slot] = this.strings.length + 1;
    this.strings.push(s);
    this.values.push(value);
    this.hashes.push(h);
  }

  private freeSlot(h: number): number {
    let slot = h & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    return slot;
  }

  private reset(capacity: number): void {
    this.strings = [];
    this.values = [];
    this.hashes = [];
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let entry = 0; entry < this.hashes.length; entry++) this.slots[this.freeSlot(this.hashes[entry]!)] = entry + 1;
  }
}

/**
 * text[start, end) as a string that does not keep `text` alive. V8 copies short substrings but
 * represents longer ones as views into their parent — a cached view would pin a whole CSV chunk.
 */
function ownCopy(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  return s.length < 13 ? s : s.split('').join('');
}
