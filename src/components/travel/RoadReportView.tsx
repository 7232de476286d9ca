/**
 * The report of a road import: lines per class and kilometres, every feature left out and why,
 * the warnings, class values not understood, the line ends within 5 m of another line that do
 * not join it, and how many separate parts the network falls into.
 */

import { message } from '../../domain/message.ts';
import { ROAD_CLASSES } from '../../domain/road-network.ts';
import type { RoadNetworkReport } from '../../io/import-flow/index.ts';
import { formatCount, formatShare } from '../format.ts';
import { useTranslation } from '../use-translation.ts';
import { ROAD_CLASS_KEYS } from './road-class-label.ts';

export function RoadReportView({ report, sample }: { report: RoadNetworkReport; sample: boolean }) {
  const { t, tm } = useTranslation();
  const issue = (item: RoadNetworkReport['rejected'][number]) =>
    tm(
      message('travelFeatureIssue', {
        file: report.file,
        feature: item.feature,
        name: item.name ? message('travelFeatureName', { name: item.name }) : '',
        reason: item.reason,
      }),
    );
  return (
    <div className="import-report road-report" data-testid="road-report">
      {sample ? (
        <p className="sample-note" data-testid="road-sample-note">
          {t('roadSampleNote')}
        </p>
      ) : null}
      <dl className="import-counts">
        <div>
          <dt>{t('roadCountFeatures')}</dt>
          <dd>{formatCount(report.features)}</dd>
        </div>
        <div className="accepted">
          <dt>{t('roadCountLines')}</dt>
          <dd data-testid="road-count-lines">{formatCount(report.lines)}</dd>
        </div>
        <div className="warned">
          <dt>{t('roadCountWarned')}</dt>
          <dd>{formatCount(report.warnings.length)}</dd>
        </div>
        <div className="rejected">
          <dt>{t('roadCountRejected')}</dt>
          <dd data-testid="road-count-rejected">{formatCount(report.rejected.length)}</dd>
        </div>
      </dl>
      <table className="road-classes">
        <thead>
          <tr>
            <th scope="col">{t('roadClassColumn')}</th>
            <th scope="col">{t('roadLinesColumn')}</th>
            <th scope="col">{t('roadKilometresColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {ROAD_CLASSES.filter((roadClass) => report.classes[roadClass].lines > 0).map((roadClass) => (
            <tr key={roadClass}>
              <th scope="row">{t(ROAD_CLASS_KEYS[roadClass])}</th>
              <td className="number">{formatCount(report.classes[roadClass].lines)}</td>
              <td className="number">{report.classes[roadClass].kilometres.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="help">
        {t('roadParts', { parts: report.parts, share: formatShare(report.largestPartShare) })}
      </p>
      {report.unknownClassValues.length > 0 ? (
        <p className="help warn">
          {t('roadUnknownClasses', {
            values: report.unknownClassValues
              .slice(0, 12)
              .map((item) =>
                t('travelValueCount', { value: item.value || t('roadEmptyValue'), count: item.count }),
              )
              .join(t('printListComma')),
          })}
        </p>
      ) : null}
      {report.rejected.length + report.warnings.length > 0 ? (
        <ul className="import-issues road-issues" data-testid="road-issues">
          {report.rejected.slice(0, 500).map((item) => (
            <li key={`rejected-${item.feature}`} className="rejected">
              {issue(item)}
            </li>
          ))}
          {report.warnings.slice(0, 500).map((item) => (
            <li key={`warned-${item.feature}-${item.reason.key}`} className="warned">
              {issue(item)}
            </li>
          ))}
        </ul>
      ) : null}
      <h4>{t('roadLooseEndsTitle', { count: report.looseEndCount })}</h4>
      {report.looseEndCount > 0 ? (
        <>
          <p className="help">{t('roadLooseEndsHelp')}</p>
          <ul className="import-issues road-loose-ends" data-testid="road-loose-ends">
            {report.looseEnds.map((end) => (
              <li key={`${end.feature}-${end.lon}-${end.lat}`}>
                {t('roadLooseEnd', {
                  feature: end.feature,
                  other: end.otherFeature,
                  metres: end.metres.toFixed(1),
                  lon: end.lon.toFixed(6),
                  lat: end.lat.toFixed(6),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
