export type Point = [number, number];

/** Andrew's monotone chain: the convex hull of the points, counter-clockwise, closed. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return [...sorted, ...(sorted.length ? [sorted[0]] : [])];
  const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: Point[]) => {
    const hull: Point[] = [];
    for (const p of list) {
      while (hull.length >= 2 && cross(hull[hull.length - 2], hull[hull.length - 1], p) <= 0) hull.pop();
      hull.push(p);
    }
    hull.pop();
    return hull;
  };
  const hull = [...half(sorted), ...half([...sorted].reverse())];
  return [...hull, hull[0]];
}

/** Pushes each vertex away from the centroid by `margin` degrees: an outline around the points, not through them. */
export function expand(ring: readonly Point[], margin: number): Point[] {
  const open = ring.slice(0, -1);
  const cx = open.reduce((s, p) => s + p[0], 0) / open.length;
  const cy = open.reduce((s, p) => s + p[1], 0) / open.length;
  const moved = open.map(([x, y]): Point => {
    const d = Math.hypot(x - cx, y - cy) || 1;
    return [x + ((x - cx) / d) * margin, y + ((y - cy) / d) * margin];
  });
  return [...moved, moved[0]];
}
