/** The candidates side by side, under the map. */
export function CandidateTable() {
  return <section className="candidate-table-panel" data-testid="candidate-table" />;
}
