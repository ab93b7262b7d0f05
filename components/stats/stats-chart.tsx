"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from "recharts";

export type ChartPoint = { label: string; value: number; shown: string };

/**
 * A drawing of one statistics table (recharts, SVG). Suppressed counts are drawn as 0 and
 * labelled "< 5" or "withheld", like the table beside it, which is what screen readers read:
 * the chart itself is one image with a name.
 */
export function StatsChart({ kind, points, label }: { kind: "bar" | "line"; points: ChartPoint[]; label: string }) {
  if (kind === "line") {
    return (
      <div role="img" aria-label={label}>
        <LineChart width={520} height={240} data={points} accessibilityLayer={false} margin={{ left: 0, right: 16 }}>
          <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#1e293b" }} minTickGap={24} />
          <YAxis tick={{ fontSize: 11, fill: "#1e293b" }} width={40} />
          <Line
            type="monotone"
            dataKey="value"
            stroke="#094a71"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
    );
  }
  const height = Math.max(120, points.length * 24 + 30);
  return (
    <div role="img" aria-label={label}>
      <BarChart
        width={520}
        height={height}
        data={points}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ left: 8, right: 56 }}
      >
        <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tick={{ fontSize: 11, fill: "#1e293b" }} />
        <YAxis type="category" dataKey="label" width={180} tick={{ fontSize: 11, fill: "#1e293b" }} interval={0} />
        <Bar dataKey="value" fill="#0b5c8c" isAnimationActive={false}>
          <LabelList dataKey="shown" position="right" style={{ fontSize: 11, fill: "#1e293b" }} />
        </Bar>
      </BarChart>
    </div>
  );
}
