export interface Target {
  name: string;
  value: number | undefined;
  limit: number;
  unit: 'x' | 'MB';
  status: 'met' | 'not met' | 'not measured';
  reason?: string | undefined;
  cpu?: number | undefined;
}
/** Evaluates a target: met, not met, or not measured (with the reason). */
export function evaluateTarget(target: {
  name: string;
  value?: number | undefined;
  limit: number;
  unit: 'x' | 'MB';
  reason?: string | undefined;
  cpu?: number | undefined;
}): Target;
export function targetsTable(targets: Target[]): string;
export function targetsSummary(targets: Target[]): string;
