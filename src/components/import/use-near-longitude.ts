/** The district's middle longitude, so a projection question offers the zones around it first. */
import { useMemo } from 'react';
import { boundsOf } from '../../analysis/bounds-of.ts';
import { useAtlasStore } from '../../store/index.ts';

/** The longitude, or undefined before the district is loaded. */
export function useNearLongitude(): number | undefined {
  const district = useAtlasStore((state) => state.district);
  return useMemo(() => {
    if (!district) return undefined;
    const [west, , east] = boundsOf(district);
    return (west + east) / 2;
  }, [district]);
}
