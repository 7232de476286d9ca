/** Schools whose 所属乡镇 disagrees with the boundary their point lies in: a list to check. */
import { useState } from 'react';
import type { MembershipReport } from '../analysis/analyze-district.ts';
import { useAtlasStore } from '../store/index.ts';
import { useTranslation } from './use-translation.ts';

export function MembershipList({ report }: { report: MembershipReport }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const schools = useAtlasStore((state) => state.schools);
  const select = useAtlasStore((state) => state.select);
  const focusOn = useAtlasStore((state) => state.focusOn);
  if (report.mismatches.length === 0) return null;
  return (
    <span className="membership" data-testid="membership">
      <button type="button" className="link warn" onClick={() => setOpen((value) => !value)}>
        {t('membershipCount', { count: report.mismatches.length })}
      </button>
      {report.boundariesApproximate ? <span className="muted"> {t('membershipApproximate')}</span> : null}
      {open ? (
        <ul className="membership-list">
          {report.mismatches.map((mismatch) => (
            <li key={mismatch.schoolCode}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  const school = schools.find((item) => item.code === mismatch.schoolCode);
                  select({ kind: 'school', code: mismatch.schoolCode });
                  if (school) focusOn({ kind: 'point', lon: school.lon, lat: school.lat, zoom: 15 });
                }}
              >
                {mismatch.schoolName}
              </button>
              {t('membershipLine', {
                stated: mismatch.statedName,
                located: mismatch.locatedName ?? t('membershipOutside'),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </span>
  );
}
