/** The leaders' overview (概览) beside the map: targets, township grid, key figures, charts. */
export function OverviewPanel() {
  return <aside className="overview-panel" data-testid="overview-panel" />;
}
