/** The key to the 学位 layers: ring colours by how full a school is, and the two causes of no seat. */
import { distanceLegend } from '../../domain/distance-legend.ts';
import { DEFAULT_THEME } from '../../map/theme.ts';
import { useAtlasStore } from '../../store/index.ts';
import { selectDistance } from '../../store/travel-selectors.ts';
import { useTranslation } from '../use-translation.ts';

export function SeatLegend() {
  const { t, tm } = useTranslation();
  const theme = DEFAULT_THEME;
  // By road time a school is in reach within the stage's minutes, not within the radius.
  const distance = useAtlasStore(selectDistance);
  const byRoad = distance.model === 'road';
  const rings: [string, string][] = [
    [theme.seatUnderHalf, t('seatLegendUnderHalf')],
    [theme.seatUsed, t('seatLegendUsed')],
    [theme.seatNearlyFull, t('seatLegendNearlyFull')],
    [theme.seatFull, t('seatLegendFull')],
    [theme.seatUnknown, t('seatLegendUnknown')],
  ];
  const gaps: [string, string][] = [
    [theme.seatGapNoSchool, t(byRoad ? 'seatLegendGapNoSchoolByRoad' : 'seatLegendGapNoSchool')],
    [theme.seatGapFull, t(byRoad ? 'seatLegendGapFullByRoad' : 'seatLegendGapFull')],
  ];
  return (
    <ul className="seat-legend" data-testid="seat-legend">
      <li className="seat-distance" data-testid="seat-distance">
        {tm(distanceLegend(distance))}
      </li>
      {rings.map(([colour, label]) => (
        <li key={label}>
          <span className="seat-ring" style={{ borderColor: colour }} />
          {label}
        </li>
      ))}
      <li>
        <span className="seat-ring thick" style={{ borderColor: theme.seatNearlyFull }} />
        {t('seatLegendOver')}
      </li>
      {gaps.map(([colour, label]) => (
        <li key={label}>
          <span className="seat-dot" style={{ background: colour }} />
          {label}
        </li>
      ))}
    </ul>
  );
}
