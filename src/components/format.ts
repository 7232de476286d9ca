/** Number formats for tables and panels. */

/** A share 0–1 as a percentage, e.g. 0.934 → 93.4%. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}

/** A whole number with thousands separators. */
export function formatCount(value: number | null): string {
  return value === null ? '—' : Math.round(value).toLocaleString('zh-CN');
}

/** Metres as m or km. */
export function formatDistance(metres: number | null): string {
  if (metres === null) return '—';
  return metres >= 1000 ? `${(metres / 1000).toFixed(1)} km` : `${Math.round(metres)} m`;
}
