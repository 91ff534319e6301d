/**
 * `plan-parse targets` on a terminal: one aligned table of targets per
 * document (columns padded by display width, so Chinese text lines up).
 */
import type { PlanDocument, Target } from '../model/schema.js';
import { painter } from '../present/color.js';
import type { RenderOptions, Renderer } from './renderer.js';
import { targetKind, targetValue, targetWhen } from '../present/labels.js';
import { displayWidth, padEnd, truncate } from '../present/width.js';

const HEADER = ['section', 'indicator', 'value', 'kind', 'when', 'line'];
/** Long indicators are cut so one target stays on one line. */
const MAX_INDICATOR = 30;

function cells(t: Target): string[] {
  return [t.sectionId ?? '-', truncate(t.indicator, MAX_INDICATOR), targetValue(t), targetKind(t), targetWhen(t), String(t.position.start.line)];
}

export function targetTableRenderer(options: Pick<RenderOptions, 'color'>): Renderer {
  const paint = painter(options.color);
  const table = (doc: PlanDocument): string[] => {
    if (doc.targets.length === 0) return [paint('dim', '(no targets found)')];
    const rows = doc.targets.map(cells);
    const widths = HEADER.map((h, k) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[k]))));
    const VALUE = HEADER.indexOf('value');
    // Pad first, then colour: escape codes have no width.
    const line = (r: string[], highlight: boolean) =>
      r.map((c, k) => {
        const padded = k === r.length - 1 ? c : padEnd(c, widths[k]);
        return highlight && k === VALUE ? paint('yellow', padded) : padded;
      }).join('  ');
    return [paint('dim', line(HEADER, false)), ...rows.map((r) => line(r, true))];
  };
  return {
    header: () => '',
    separator: '\n',
    document: (doc) => [paint('bold', doc.source.name), ...table(doc)].join('\n') + '\n',
    footer: () => '',
  };
}
