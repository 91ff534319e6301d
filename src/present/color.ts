/**
 * Whether to colour output: --color/--no-color, then NO_COLOR, then
 * FORCE_COLOR, then TERM=dumb (a terminal that shows escape codes as
 * text: Emacs shell buffers, some CI logs), then whether the output is a terminal. chalk does not honour
 * NO_COLOR, and styleText's own check looks only at stdout, so we decide here.
 */
import { styleText } from 'node:util';

export type Paint = (style: Parameters<typeof styleText>[0], text: string) => string;

export function wantsColor(flag: boolean | undefined, terminal: boolean, env = process.env): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return terminal;
}

/** The colour each severity is shown in, wherever diagnostics are printed. */
export const SEVERITY_COLOUR = { error: 'red', warning: 'yellow', info: 'cyan' } as const;

export function painter(enabled: boolean): Paint {
  // validateStream: false — the decision is made above; Node 20.20's styleText would otherwise re-check stdout itself.
  return enabled ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text;
}
