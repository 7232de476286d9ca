/**
 * One import kind's session in the store with its review, for the import tabs: the tabs show
 * these and call the store's actions; the review is the descriptor's pure step over the data in
 * use, computed again when the read, the choices or the data change.
 */
import { useMemo } from 'react';
import { IMPORT_DESCRIPTORS, type ImportKind, type ImportReviews } from '../../io/import-flow/index.ts';
import { type ImportSession, importContextOf } from '../../store/import-slice.ts';
import { useAtlasStore } from '../../store/index.ts';

/** What a tab needs of its session. */
export interface ImportSessionView<K extends ImportKind> {
  session: ImportSession<K>;
  /** The review of the last read with the choices; null before a read, after a commit, or when the read gave nothing. */
  review: ImportReviews[K] | null;
  setOptions: (change: Partial<ImportSession<K>['options']>) => void;
  setChoices: (change: Partial<ImportSession<K>['choices']>) => void;
  commit: () => void;
}

/** The session of one import kind, its review and its actions. */
export function useImportSession<K extends ImportKind>(kind: K): ImportSessionView<K> {
  const session = useAtlasStore((state) => state.imports[kind]) as ImportSession<K>;
  const schools = useAtlasStore((state) => state.schools);
  const townships = useAtlasStore((state) => state.townships);
  const seats = useAtlasStore((state) => state.seats);
  const district = useAtlasStore((state) => state.district);
  const seatForecast = useAtlasStore((state) => state.seatForecast);
  const roads = useAtlasStore((state) => state.roads);
  const barriers = useAtlasStore((state) => state.barriers);
  const { read, choices, done } = session;
  const review = useMemo(() => {
    if (!read || done !== null) return null;
    const descriptor = IMPORT_DESCRIPTORS[kind];
    return descriptor.review(
      read,
      choices,
      importContextOf({ schools, townships, seats, district, seatForecast, roads, barriers }),
    );
  }, [kind, read, choices, done, schools, townships, seats, district, seatForecast, roads, barriers]);
  return {
    session,
    review,
    setOptions: (change) => useAtlasStore.getState().setImportOptions(kind, change),
    setChoices: (change) => useAtlasStore.getState().setImportChoices(kind, change),
    commit: () => {
      void useAtlasStore.getState().commitImport(kind);
    },
  };
}
