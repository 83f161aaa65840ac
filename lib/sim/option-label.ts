import type { ParamInfo } from './params';

// Its own module, free of the models, so that page code (controls, notices) can use it without
// pulling the engine into its bundle.

/**
 * The words a learner reads for one value of a choice: its label from the schema
 * (`optionLabels`), never the code name. Controls, challenge selects and notices all use this.
 *
 * @example
 * optionLabel(describeParams(models.lb.schema).find((i) => i.key === 'algorithm')!, 'power-of-two'); // "power of two choices"
 */
export function optionLabel(info: Pick<ParamInfo, 'optionLabels'>, value: unknown): string {
  const v = String(value);
  // Every choice() has labels (type-checked); the fallback only softens an unknown value.
  return info.optionLabels?.[v] ?? v.replace(/-/g, ' ');
}
