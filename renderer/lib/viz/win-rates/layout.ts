// Layout of the win-rate chart: one horizontal bar per option, its Monte Carlo win share printed as a percentage.
import { scaleLinear } from 'd3-scale';
import { percent, round1, wrapLabel } from '../../../../electron/common/format.ts';

export interface WinRatesData {
  options: { id: string; label: string; rate: number }[];
}

export interface WinBar {
  id: string;
  label: string;
  /** The label on one or two lines, each offset `dy` from the row's middle. */
  lines: { text: string; dy: number }[];
  y: number;
  textY: number;
  x: number;
  width: number;
  valueX: number;
  value: string;
  best: boolean;
}
export interface WinRatesLayout {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  axisY: number;
  bars: WinBar[];
  ticks: { x: number; label: string }[];
}

const BAR = 20;
const GAP = 10;
const TOP = 4;
const VALUE_W = 60;

export function layoutWinRates(data: WinRatesData, size: { width: number }): WinRatesLayout {
  const width = Math.max(320, Math.round(size.width));
  const labelW = Math.round(Math.min(200, width * 0.28));
  const plotX = labelW + 8;
  const plotWidth = width - plotX - VALUE_W;
  const x = scaleLinear()
    .domain([0, 1])
    .range([plotX, plotX + plotWidth]);
  const top = Math.max(0, ...data.options.map((o) => o.rate));
  const bars = data.options.map((o, i) => {
    const y = TOP + i * (BAR + GAP);
    const w = round1(x(Math.max(0, Math.min(1, o.rate))) - plotX);
    return {
      id: o.id,
      label: o.label,
      // Two lines at 14px fit the row's pitch: a long option name wraps before it is cut.
      lines: wrapLabel(o.label, labelW).map((text, j, all) => ({ text, dy: (j - (all.length - 1) / 2) * 14 })),
      y,
      textY: y + BAR / 2,
      x: plotX,
      width: w,
      valueX: round1(plotX + w + 6),
      value: percent(o.rate),
      best: top > 0 && o.rate === top,
    };
  });
  const axisY = TOP + data.options.length * (BAR + GAP) - GAP / 2 + 4;
  return {
    width,
    height: axisY + 24,
    plotX,
    plotWidth,
    axisY,
    bars,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((t) => ({ x: round1(x(t)), label: percent(t) })),
  };
}
