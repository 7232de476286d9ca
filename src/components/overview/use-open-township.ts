/** Selecting a township and bringing it into view, as the grid rows and the slides do. */
import { useCallback } from 'react';
import { boundsOf } from '../../analysis/bounds-of.ts';
import { useAtlasStore } from '../../store/index.ts';

/**
 * Returns `open(code)`: selects the township and asks the map to fit its boundary; with null,
 * clears the selection and fits the whole district.
 */
export function useOpenTownship(): (code: string | null) => void {
  return useCallback((code: string | null) => {
    const { townships, district, select, focusOn } = useAtlasStore.getState();
    if (code === null) {
      select(null);
      if (district) focusOn({ kind: 'bounds', bounds: boundsOf(district) });
      return;
    }
    select({ kind: 'township', code });
    const feature = townships?.features.find((item) => item.properties.code === code);
    if (feature) focusOn({ kind: 'bounds', bounds: boundsOf(feature) });
  }, []);
}
