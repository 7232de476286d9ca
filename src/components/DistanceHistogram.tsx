/** How far people live from their nearest school of a kind: population per distance band, as bars. */
import type { KindCoverage } from '../analysis/summarise-coverage.ts';
import { formatCount, formatShare } from './format.ts';
import { useCostFormat } from './travel/use-cost-format.ts';
import { useTranslation } from './use-translation.ts';

export function DistanceHistogram({
  coverage,
  radius,
  kindName,
}: {
  coverage: KindCoverage;
  radius: number | null;
  kindName: string;
}) {
  const { t } = useTranslation();
  // Under road time the bins, the threshold and the percentiles are minutes.
  const { format: formatDistance, unit, legend } = useCostFormat();
  const road = unit === 'minutes';
  const bins = coverage.distance.histogram;
  const largest = Math.max(1, ...bins.map((bin) => bin.population));
  const band = (from: number, to: number | null) =>
    to === null ? `≥ ${formatDistance(from)}` : `${formatDistance(from)}–${formatDistance(to)}`;
  return (
    <figure className="histogram" data-testid="distance-histogram">
      <figcaption>
        {road
          ? t('travelHistogramTitle', { kind: kindName, legend })
          : t('histogramTitle', { kind: kindName })}
        {radius !== null
          ? ` · ${t(road ? 'travelHistogramThreshold' : 'histogramRadius', { radius: formatDistance(radius), share: formatShare(coverage.share) })}`
          : ''}
      </figcaption>
      {bins.map((bin) => {
        const beyond = radius !== null && bin.from >= radius;
        return (
          <div key={bin.from} className="histogram-row">
            <span className="histogram-label">{band(bin.from, bin.to)}</span>
            <span className="histogram-bar">
              <span
                className={beyond ? 'beyond' : ''}
                style={{ width: `${(bin.population / largest) * 100}%` }}
              />
            </span>
            <span className="histogram-value">{formatCount(bin.population)}</span>
          </div>
        );
      })}
      <p className="muted">
        {t('histogramMedian', {
          median: formatDistance(coverage.distance.median),
          p90: formatDistance(coverage.distance.p90),
        })}
      </p>
    </figure>
  );
}
