/** What the map shows and where: the part of the app state that a link carries. */
/** Map camera. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** What is selected: a school by code, or a township by code. */
export type Selection = { kind: 'school'; code: string } | { kind: 'township'; code: string } | null;
