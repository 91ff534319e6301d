/**
 * The values a target's `kind` and `timeframe` take. A zod-free list, so
 * runtime code (the command line's filters) can use it without loading zod;
 * the schema's enums derive from it.
 */
export const TARGET_KINDS = ['level', 'growth', 'share', 'multiple', 'cumulative', 'other'] as const;
export const TIMEFRAMES = ['target', 'baseline', 'unknown'] as const;
