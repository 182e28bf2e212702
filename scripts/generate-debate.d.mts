export interface Generated {
  actors: number;
  issues: number;
  positions: number;
  evidence: number;
}
export function generateDebate(
  out: string,
  opts?: { actors?: number; issues?: number; evidence?: number; seed?: number },
): Promise<Generated>;
