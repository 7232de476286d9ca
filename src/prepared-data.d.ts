/** A roster file read when the app is built (see `scripts/prepared-data.ts`). */
declare module '*.csv?roster' {
  const roster: import('./io/import-result.ts').ImportResult<import('./domain/school.ts').School>;
  export default roster;
}

/** A rule-set file read when the app is built (see `scripts/prepared-data.ts`). */
declare module '*.json?rule-set' {
  const ruleSet: import('./domain/rules.ts').RuleSet;
  export default ruleSet;
}

/** The embedded data set's name points, placed when the app is built (see `scripts/prepared-data.ts`). */
declare module '*.geojson?placed-labels' {
  const labels: import('./analysis/placed-labels.ts').PlacedLabels;
  export default labels;
}
