/**
 * One string for each distinct value: a string sliced or built from the text
 * is a copy of its own, so a value a document repeats thousands of times
 * (a marker, a unit) is kept once instead of once per use.
 */
export class StringPool {
  private readonly known = new Map<string, string>();

  /** The pool's string equal to `value`; `value` itself the first time it is seen. */
  shared(value: string): string {
    const known = this.known.get(value);
    if (known !== undefined) return known;
    this.known.set(value, value);
    return value;
  }
}
