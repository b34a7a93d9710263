// Formats benchmark figures: the value, its target or peer, and the ratio between them.
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** What the figure is compared with: a target ("≤ 16 ms") or a named peer's own figure. */
  against?: { label: string; value: number; lowerIsBetter?: boolean };
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

const fmt = (v: number, unit: string) => `${v >= 100 ? v.toFixed(0) : v.toFixed(2)} ${unit}`;

export function printSection(title: string, figures: Figure[]): void {
  console.log(`\n## ${title}`);
  for (const f of figures) {
    let line = `  ${f.name.padEnd(58)} ${fmt(f.value, f.unit).padStart(12)}`;
    if (f.against) {
      const ratio = f.value / f.against.value;
      const ok = (f.against.lowerIsBetter ?? true) ? f.value <= f.against.value : f.value >= f.against.value;
      line += `   vs ${f.against.label} ${fmt(f.against.value, f.unit)} → ×${ratio.toFixed(3)} ${ok ? 'ok' : 'MISSED'}`;
    }
    console.log(line);
  }
}

export async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}
