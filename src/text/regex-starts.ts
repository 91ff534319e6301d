/**
 * A regex search that tries the pattern only where a match can start. V8's
 * own search tries a long alternation of words at every position (and runs
 * any lookbehind there first); the characters a match can start with, read
 * from the pattern's source into a table, let most positions be passed over
 * by one look-up. Matches are the same as a global search's: the leftmost
 * position is tried first, and at each position the pattern is run as is.
 */

/** A character class or a pattern part that may start with any character: no table is made. */
const ANY = null;

interface Parsed {
  /** Codes a match of the part may start with; ANY when unknown. */
  starts: Set<number> | typeof ANY;
  /** Whether the part can match the empty string (then what follows may start the match). */
  empty: boolean;
}

/**
 * Reads the subset of regex syntax the vocabularies use: literals, groups,
 * lookarounds, classes with ranges and \u escapes, and quantifiers. Anything
 * else (\s, \d, ., a negated class, a backreference) counts as ANY.
 */
class StartReader {
  private k = 0;
  constructor(private readonly src: string) {}

  read(): Parsed {
    const whole = this.disjunction();
    return this.k === this.src.length ? whole : { starts: ANY, empty: true };
  }

  private disjunction(): Parsed {
    const result: Parsed = { starts: new Set(), empty: false };
    for (;;) {
      const alt = this.alternative();
      merge(result, alt.starts);
      result.empty ||= alt.empty;
      if (this.src[this.k] !== '|') return result;
      this.k++;
    }
  }

  private alternative(): Parsed {
    const result: Parsed = { starts: new Set(), empty: true };
    while (this.k < this.src.length && this.src[this.k] !== '|' && this.src[this.k] !== ')') {
      const term = this.term();
      // A term after one that must match something cannot start the match.
      if (result.empty) merge(result, term.starts);
      result.empty &&= term.empty;
    }
    return result;
  }

  private term(): Parsed {
    const atom = this.atom();
    const q = this.src[this.k];
    if (q === '?' || q === '*' || q === '+') {
      this.k++;
      if (this.src[this.k] === '?') this.k++;
      return { starts: atom.starts, empty: atom.empty || q !== '+' };
    }
    const braces = /^\{(\d+)(?:,\d*)?\}\??/.exec(this.src.slice(this.k));
    if (q === '{' && braces) {
      this.k += braces[0].length;
      return { starts: atom.starts, empty: atom.empty || braces[1] === '0' };
    }
    return atom;
  }

  private atom(): Parsed {
    const c = this.src[this.k];
    if (c === '(') return this.group();
    if (c === '[') return { starts: this.charClass(), empty: false };
    if (c === '\\') return { starts: this.escape(), empty: false };
    this.k++;
    if (c === '.' || c === '^' || c === '$') return { starts: ANY, empty: c !== '.' };
    return { starts: new Set([c.charCodeAt(0)]), empty: false };
  }

  private group(): Parsed {
    const opening = /^\((?:\?<?[=!]|\?:|\?<[^>]*>)?/.exec(this.src.slice(this.k))![0];
    const look = /[=!]/.test(opening);
    this.k += opening.length;
    const inner = this.disjunction();
    this.k++; // ')'
    // A lookaround matches nothing: what follows it starts the match (a superset is enough).
    return look ? { starts: new Set(), empty: true } : inner;
  }

  private charClass(): Set<number> | typeof ANY {
    this.k++;
    const negated = this.src[this.k] === '^';
    const set = new Set<number>();
    let any = negated;
    while (this.k < this.src.length && this.src[this.k] !== ']') {
      const lo = this.classChar();
      if (this.src[this.k] === '-' && this.src[this.k + 1] !== ']') {
        this.k++;
        const hi = this.classChar();
        if (lo === ANY || hi === ANY) any = true;
        else for (let x = lo; x <= hi; x++) set.add(x);
      } else if (lo === ANY) any = true;
      else set.add(lo);
    }
    this.k++; // ']'
    return any ? ANY : set;
  }

  private classChar(): number | typeof ANY {
    if (this.src[this.k] !== '\\') return this.src.charCodeAt(this.k++);
    const escaped = this.escape();
    return escaped !== ANY && escaped.size === 1 ? [...escaped][0] : ANY;
  }

  private escape(): Set<number> | typeof ANY {
    const unicode = /^\\u([0-9a-fA-F]{4})/.exec(this.src.slice(this.k, this.k + 6));
    if (unicode) {
      this.k += 6;
      return new Set([parseInt(unicode[1], 16)]);
    }
    const c = this.src[this.k + 1];
    this.k += 2;
    // \s, \d, \w, \b, \1 … stand for more than one character (or none): unknown.
    return /[A-Za-z0-9]/.test(c) ? ANY : new Set([c.charCodeAt(0)]);
  }
}

function merge(into: Parsed, starts: Set<number> | typeof ANY): void {
  if (into.starts === ANY) return;
  if (starts === ANY) into.starts = ANY;
  else for (const c of starts) into.starts.add(c);
}

/** A table with 1 at every code a match of `source` may start with; null when that is not known. */
export function startTable(source: string): Uint8Array | null {
  const { starts, empty } = new StartReader(source).read();
  if (starts === ANY || empty) return null;
  const table = new Uint8Array(0x10000);
  for (const c of starts) table[c] = 1;
  return table;
}

/**
 * A search for `re` in a string from a position, giving the match a global
 * `re` would give with lastIndex at that position, or null.
 */
export function startFiltered(re: RegExp): (s: string, from: number) => RegExpExecArray | null {
  const flags = re.flags.replace(/[gy]/g, '');
  const table = flags.includes('i') ? null : startTable(re.source);
  if (table === null) {
    const global = new RegExp(re.source, flags + 'g');
    return (s, from) => {
      global.lastIndex = from;
      return global.exec(s);
    };
  }
  const sticky = new RegExp(re.source, flags + 'y');
  return (s, from) => {
    for (let k = from; k < s.length; k++) {
      if (table[s.charCodeAt(k)] === 0) continue;
      sticky.lastIndex = k;
      const m = sticky.exec(s);
      if (m !== null) return m;
    }
    return null;
  };
}
