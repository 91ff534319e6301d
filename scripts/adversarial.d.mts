// Types of adversarial.mjs, for the TypeScript tests that import it.

export interface AdversarialInput {
  name: string;
  /** Size in UTF-16 units that the stress script runs. */
  fullSize: number;
  make(size: number): string;
}

export function repeatTo(unit: string, size: number): string;
export const ADVERSARIAL: readonly AdversarialInput[];
export function plainPlanText(sources: readonly string[], size: number): string;
