/**
 * The terminal view (the default on a TTY): the outline as an indented tree
 * of markers and titles with their line numbers, each section's targets
 * under it, and the diagnostics at the end. Colour only when enabled.
 */
import type { Diagnostic, PlanDocument, Section, Target } from '../model/schema.js';
import { painter, SEVERITY_COLOUR, type Paint } from '../present/color.js';
import type { RenderOptions, Renderer } from './renderer.js';
import { targetsBySection } from './records.js';
import { headingText, targetKind, targetValue, targetWhen } from '../present/labels.js';

function summary(doc: PlanDocument, sections: number): string {
  const { docNumber, issuer, date } = doc.meta;
  const counts = `${sections} sections, ${doc.targets.length} targets`;
  return [doc.source.name, docNumber, issuer, date, counts].filter(Boolean).join(' · ');
}

function targetLine(t: Target, paint: Paint): string {
  const when = targetWhen(t);
  return [paint('green', '•'), t.indicator, paint('yellow', targetValue(t)), paint('dim', targetKind(t) + (when ? ', ' + when : '')), paint('dim', `:${t.position.start.line}`)].join(' ');
}

function diagnosticLine(d: Diagnostic, paint: Paint): string {
  const at = `${d.position.start.line}:${d.position.start.column}`;
  return `  ${paint('dim', at)} ${paint(SEVERITY_COLOUR[d.severity], d.severity)} ${d.message} ${paint('dim', `[${d.code}]`)}`;
}

export function treeRenderer(options: RenderOptions): Renderer {
  const paint = painter(options.color);
  return {
    header: () => '',
    separator: '\n',
    document: (doc) => {
      const targets = targetsBySection(doc.targets);
      const out: string[] = [];
      let sections = 0;
      /** `lead` continues the lines of the ancestors; `branch` marks this node among its siblings. */
      const addSection = (s: Section, lead: string, branch: string, childLead: string) => {
        sections++;
        const title = headingText(s);
        out.push(`${lead}${branch}${s.level === 1 ? paint('bold', title) : title} ${paint('dim', `:${s.heading.start.line}`)}`);
        const under = childLead + (s.children.length ? '│ ' : '  ');
        for (const t of targets.get(s.id) ?? []) out.push(under + targetLine(t, paint));
        s.children.forEach((c, k) => {
          const last = k === s.children.length - 1;
          addSection(c, childLead, last ? '└─ ' : '├─ ', childLead + (last ? '   ' : '│  '));
        });
      };
      for (const t of targets.get(null) ?? []) out.push(targetLine(t, paint));
      for (const s of doc.sections) addSection(s, '', '', '');
      if (doc.sections.length === 0) out.push(paint('dim', '(no numbered headings found)'));
      if (doc.diagnostics.length) {
        out.push('', paint('bold', 'diagnostics'));
        for (const d of doc.diagnostics) out.push(diagnosticLine(d, paint));
      }
      const head = [paint('bold', doc.meta.title ?? doc.source.name), paint('dim', summary(doc, sections)), ''];
      return [...head, ...out].join('\n') + '\n';
    },
    footer: () => '',
  };
}
