/** A roster file read when the app is built (see `scripts/prepared-roster.ts`). */
declare module '*.csv?roster' {
  const roster: import('./io/import-result.ts').ImportResult<import('./domain/school.ts').School>;
  export default roster;
}
