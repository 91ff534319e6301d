/** The made-up plan fixtures, read once, for tests that run over all of them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

export interface Fixture {
  /** Path under fixtures/, e.g. structure/breaks.txt. */
  name: string;
  text: string;
}

/** Every UTF-8 .txt fixture (the encoded copies in fixtures/encodings are not UTF-8). */
export function textFixtures(): Fixture[] {
  const root = FIXTURES.pathname;
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.txt') && !p.startsWith('encodings'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(root, name), 'utf8') }));
}
