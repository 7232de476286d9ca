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
