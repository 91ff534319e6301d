/**
 * A regex search that tries the pattern only where a match can start. V8's
 * own search tries a long alternation of words at every position (and runs
 * any lookbehind there first); the characters a match can start with, and the
 * pairs of characters it can open with, read from the pattern's source into
 * tables, let most positions be passed over by a look-up or two. Matches are
 * the same as a global search's: the leftmost position is tried first, and
 * at each position the pattern is run as is.
 */

/** A set of codes (or of code pairs) not known from the source: any may come. */
const ANY = null;
type Codes = Set<number> | typeof ANY;

/** What can open a match of a part of the pattern. */
interface Opening {
  /** Codes a match may start with. */
  first: Codes;
  /** Codes that make a whole match of one character. */
  single: Codes;
  /** The first two codes of longer matches, as pairKey(a, b). */
  pairs: Codes;
  /** Whether the part can match the empty string (then what follows may open the match). */
  empty: boolean;
}

const pairKey = (a: number, b: number) => a * 0x10000 + b;

function union(a: Codes, b: Codes): Codes {
  if (a === ANY || b === ANY) return ANY;
  return new Set([...a, ...b]);
}

function product(a: Codes, b: Codes): Codes {
  if (a === ANY || b === ANY) return a?.size === 0 || b?.size === 0 ? new Set() : ANY;
  const pairs = new Set<number>();
  for (const x of a) for (const y of b) pairs.add(pairKey(x, y));
  return pairs;
}

/** Zero width (a lookaround, an empty group): it matches nothing, and constrains nothing we keep. */
const ZERO_WIDTH = (): Opening => ({ first: new Set(), single: new Set(), pairs: new Set(), empty: true });
const UNKNOWN = (empty: boolean): Opening => ({ first: ANY, single: ANY, pairs: ANY, empty });
const ONE_OF = (codes: Codes): Opening => ({ first: codes, single: codes, pairs: new Set(), empty: false });

/** A then B. */
function sequence(a: Opening, b: Opening): Opening {
  return {
    first: a.empty ? union(a.first, b.first) : a.first,
    single: union(b.empty ? a.single : new Set(), a.empty ? b.single : new Set()),
    pairs: union(union(a.pairs, product(a.single, b.first)), a.empty ? b.pairs : new Set()),
    empty: a.empty && b.empty,
  };
}

function either(a: Opening, b: Opening): Opening {
  return { first: union(a.first, b.first), single: union(a.single, b.single), pairs: union(a.pairs, b.pairs), empty: a.empty || b.empty };
}

/** The characters \\s, \\d and \\w match, as a regex without the u or i flag reads them. */
const CLASS_ESCAPES: Record<string, string> = {
  '\\s': '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
  '\\d': '0123456789',
  '\\w': 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_',
};

function codesOf(chars: string): number[] {
  return Array.from(chars, (ch) => ch.charCodeAt(0));
}

/**
 * Reads the subset of regex syntax the vocabularies use: literals, groups,
 * lookarounds, classes with ranges, \u escapes and \s \d \w, and quantifiers. Anything
 * else (\S, ., a negated class, an anchor, a backreference) counts as any
 * character, which turns the filter off where it matters.
 */
class OpeningReader {
  private k = 0;
  constructor(private readonly src: string) {}

  read(): Opening {
    const whole = this.disjunction();
    return this.k === this.src.length ? whole : UNKNOWN(true);
  }

  private disjunction(): Opening {
    let result = this.alternative();
    while (this.src[this.k] === '|') {
      this.k++;
      result = either(result, this.alternative());
    }
    return result;
  }

  private alternative(): Opening {
    let result = ZERO_WIDTH();
    while (this.k < this.src.length && this.src[this.k] !== '|' && this.src[this.k] !== ')') result = sequence(result, this.term());
    return result;
  }

  private term(): Opening {
    const atom = this.atom();
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(this.src.slice(this.k));
    if (!quantifier) return atom;
    this.k += quantifier[0].length;
    const q = quantifier[0][0];
    const optional = atom.empty || q === '?' || q === '*' || quantifier[1] === '0';
    // Repeated, a one-character match may be followed by another (几十年: 几 then 十).
    const pairs = q === '?' ? atom.pairs : union(atom.pairs, product(atom.single, atom.first));
    return { first: atom.first, single: atom.single, pairs, empty: optional };
  }

  private atom(): Opening {
    const c = this.src[this.k];
    if (c === '(') return this.group();
    if (c === '[') return ONE_OF(this.charClass());
    if (c === '\\') return ONE_OF(this.escape());
    this.k++;
    if (c === '^' || c === '$') return UNKNOWN(true);
    return ONE_OF(c === '.' ? ANY : new Set([c.charCodeAt(0)]));
  }

  private group(): Opening {
    const opening = /^\((?:\?<?[=!]|\?:|\?<[^>]*>)?/.exec(this.src.slice(this.k))![0];
    this.k += opening.length;
    const inner = this.disjunction();
    this.k++; // ')'
    return /[=!]/.test(opening) ? ZERO_WIDTH() : inner;
  }

  private charClass(): Codes {
    this.k++;
    const set = new Set<number>();
    let any = this.src[this.k] === '^';
    while (this.k < this.src.length && this.src[this.k] !== ']') {
      const lo = this.classMember();
      if (this.src[this.k] === '-' && this.src[this.k + 1] !== ']') {
        this.k++;
        const hi = this.classMember();
        if (lo === ANY || hi === ANY || lo.size !== 1 || hi.size !== 1) any = true;
        else for (let x = [...lo][0]; x <= [...hi][0]; x++) set.add(x);
      } else if (lo === ANY) any = true;
      else for (const x of lo) set.add(x);
    }
    this.k++; // ']'
    return any ? ANY : set;
  }

  private classMember(): Codes {
    if (this.src[this.k] !== '\\') return new Set([this.src.charCodeAt(this.k++)]);
    return this.escape();
  }

  private escape(): Codes {
    const hex = /^\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/.exec(this.src.slice(this.k, this.k + 6));
    if (hex) {
      this.k += hex[0].length;
      return new Set([parseInt(hex[1] ?? hex[2], 16)]);
    }
    const other = /^\\(?:c[A-Za-z]|\d+|[\s\S])/.exec(this.src.slice(this.k))![0];
    this.k += other.length;
    // \s, \d, \w stand for fixed sets (without the u and i flags, which turn the tables off);
    // \S, \b, \1, \cX … for more characters or none: unknown.
    const known = CLASS_ESCAPES[other];
    if (known !== undefined) return new Set(codesOf(known));
    return /[A-Za-z0-9]/.test(other[1]) ? ANY : new Set([other.charCodeAt(1)]);
  }
}

/** Slots of the table of pairs: a hash, since a false hit only costs a try of the pattern. */
const PAIR_SLOTS = 0x10000;
const pairSlot = (a: number, b: number) => ((a << 5) ^ b) & (PAIR_SLOTS - 1);

/** Tables of what opens a match of `source`; null when any character might. */
export function openingTables(source: string): { first: Uint8Array; single: Uint8Array; pairs: Uint8Array | null } | null {
  const o = new OpeningReader(source).read();
  if (o.first === ANY || o.single === ANY || o.empty) return null;
  const first = new Uint8Array(0x10000);
  for (const c of o.first) first[c] = 1;
  const single = new Uint8Array(0x10000);
  for (const c of o.single) single[c] = 1;
  if (o.pairs === ANY) return { first, single, pairs: null };
  const pairs = new Uint8Array(PAIR_SLOTS);
  for (const key of o.pairs) pairs[pairSlot(Math.floor(key / 0x10000), key % 0x10000)] = 1;
  return { first, single, pairs };
}

/**
 * A search for `re` in a string from a position, giving the match a global
 * `re` would give with lastIndex at that position, or null.
 */
export function startFiltered(re: RegExp): (s: string, from: number) => RegExpExecArray | null {
  const flags = re.flags.replace(/[gy]/g, '');
  // Case folding and Unicode escapes (\p{…}) are beyond what the tables read.
  const tables = /[iuv]/.test(flags) ? null : openingTables(re.source);
  if (tables === null) {
    const global = new RegExp(re.source, flags + 'g');
    return (s, from) => {
      global.lastIndex = from;
      return global.exec(s);
    };
  }
  const { first, single, pairs } = tables;
  const sticky = new RegExp(re.source, flags + 'y');
  return (s, from) => {
    const last = s.length - 1;
    for (let k = from; k <= last; k++) {
      const c = s.charCodeAt(k);
      if (first[c] === 0) continue;
      // A match here is one character long, or opens with a pair the pattern can open with.
      if (single[c] === 0 && (k === last || (pairs !== null && pairs[pairSlot(c, s.charCodeAt(k + 1))] === 0))) continue;
      sticky.lastIndex = k;
      const m = sticky.exec(s);
      if (m !== null) return m;
    }
    return null;
  };
}
