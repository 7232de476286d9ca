/** The 选址 screen's left panel: candidate sites and the suggestion form. */
export function PlanningPanel() {
  return <aside className="planning-panel" data-testid="planning-panel" />;
}
