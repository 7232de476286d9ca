/** The key to the 学位 layers: ring colours by how full a school is, and the two causes of no seat. */
import { DEFAULT_THEME } from '../../map/theme.ts';
import { useTranslation } from '../use-translation.ts';

export function SeatLegend() {
  const { t } = useTranslation();
  const theme = DEFAULT_THEME;
  const rings: [string, string][] = [
    [theme.seatUnderHalf, t('seatLegendUnderHalf')],
    [theme.seatUsed, t('seatLegendUsed')],
    [theme.seatNearlyFull, t('seatLegendNearlyFull')],
    [theme.seatFull, t('seatLegendFull')],
    [theme.seatUnknown, t('seatLegendUnknown')],
  ];
  const gaps: [string, string][] = [
    [theme.seatGapNoSchool, t('seatLegendGapNoSchool')],
    [theme.seatGapFull, t('seatLegendGapFull')],
  ];
  return (
    <ul className="seat-legend" data-testid="seat-legend">
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
