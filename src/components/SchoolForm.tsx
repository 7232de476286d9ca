/**
 * The school form: add a school at a clicked point, or edit one, with the importer's checks. A
 * point outside the district is warned about as on import, and saved only once the user confirms.
 */
import { Fragment, useMemo, useState } from 'react';
import { findTownshipAtPoint } from '../analysis/find-township-at-point.ts';
import { ROSTER_COLUMNS, type RosterColumn, SCHOOL_TYPES, type SchoolType } from '../domain/school.ts';
import { valueName } from '../domain/vocabulary.ts';
import { columnLabel, schoolTypeLabel } from '../i18n/index.ts';
import { outsideDistanceMessage } from '../io/import-flow/index.ts';
import { useAtlasStore } from '../store/index.ts';
import type { SchoolDraft } from '../store/view-slice.ts';
import { makeSchoolFieldsForPoint } from './new-school-fields.ts';
import { useTranslation } from './use-translation.ts';
import { checkSchoolFields, fieldsOfSchool, type SchoolFields } from './validate-school-fields.ts';

/** Columns with a closed list of values (the roster's own words), shown as a select in the interface language. */
const CHOICES: Partial<Record<RosterColumn, readonly string[]>> = {
  学校类型: SCHOOL_TYPES,
  办学性质: ['公办', '民办'],
  寄宿制: ['否', '是'],
  中心校: ['否', '是'],
  普惠性: ['否', '是'],
  标准化建设: ['', '已达标', '未达标'],
  项目类型: ['', '新建', '改扩建', '标准化'],
  项目状态: ['', '规划', '在建', '竣工'],
};

export function SchoolForm({ draft }: { draft: SchoolDraft }) {
  const { t, tm, tv, language } = useTranslation();
  const schools = useAtlasStore((state) => state.schools);
  const townships = useAtlasStore((state) => state.townships);
  const district = useAtlasStore((state) => state.district);
  const { addSchool, updateSchool, openDraft, select } = useAtlasStore.getState();
  const editing = draft.mode === 'edit' ? schools.find((school) => school.code === draft.code) : undefined;

  const [fields, setFields] = useState<SchoolFields>(() => {
    if (editing) return fieldsOfSchool(editing);
    if (draft.mode === 'new') {
      const township = townships ? findTownshipAtPoint(draft.lon, draft.lat, townships) : undefined;
      const usedCodes = new Set(schools.map((school) => school.code));
      return makeSchoolFieldsForPoint(
        draft.lon,
        draft.lat,
        township?.properties.name ?? '',
        usedCodes,
        t('newSchoolSource'),
      );
    }
    return makeSchoolFieldsForPoint(0, 0, '', new Set(), t('newSchoolSource'));
  });
  const [submitted, setSubmitted] = useState(false);
  const otherCodes = useMemo(
    () => new Set(schools.filter((school) => school.code !== editing?.code).map((school) => school.code)),
    [schools, editing],
  );
  const check = useMemo(
    () => checkSchoolFields(fields, otherCodes, district),
    [fields, otherCodes, district],
  );
  // A confirmation holds for the point it was given for: typing another point asks again.
  const position = `${fields.经度},${fields.纬度}`;
  const [confirmedPosition, setConfirmedPosition] = useState<string | null>(null);
  // A school already outside and not moved keeps its warning without asking again.
  const placedHere =
    !editing || !check.school || editing.lon !== check.school.lon || editing.lat !== check.school.lat;
  const mustConfirm = check.kilometresOutside > 0 && placedHere;
  const confirmed = confirmedPosition === position;

  const save = () => {
    setSubmitted(true);
    if (!check.school || (mustConfirm && !confirmed)) return;
    if (editing) updateSchool(editing.code, check.school);
    else addSchool(check.school);
    openDraft(null);
    select({ kind: 'school', code: check.school.code });
  };

  const townshipNames = townships?.features.map((feature) => feature.properties.name) ?? [];

  return (
    <form
      className="school-form"
      data-testid="school-form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h2 className="detail-name">{editing ? t('formEditTitle') : t('formNewTitle')}</h2>
      {ROSTER_COLUMNS.map((column) => {
        const choices = column === '所属乡镇' ? ['', ...townshipNames] : CHOICES[column];
        const error = submitted || fields[column] !== '' ? check.errors[column] : undefined;
        const warning = check.warnings[column];
        const id = `school-field-${column}`;
        return (
          <Fragment key={column}>
            <div className={`form-field${error ? ' invalid' : ''}`}>
              <label htmlFor={id}>{columnLabel(language, column)}</label>
              {choices ? (
                <select
                  id={id}
                  value={fields[column]}
                  onChange={(event) => setFields({ ...fields, [column]: event.target.value })}
                >
                  {choices.map((choice) => (
                    <option key={choice} value={choice}>
                      {choice === ''
                        ? t('empty')
                        : column === '学校类型'
                          ? schoolTypeLabel(language, choice as SchoolType)
                          : column === '所属乡镇'
                            ? choice
                            : tv(valueName(choice))}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={id}
                  value={fields[column]}
                  onChange={(event) => setFields({ ...fields, [column]: event.target.value })}
                  aria-invalid={error ? true : undefined}
                />
              )}
              {error ? <span className="field-error">{tm(error)}</span> : null}
              {!error && warning ? <span className="field-warning">{tm(warning)}</span> : null}
            </div>
            {column === '纬度' && check.kilometresOutside > 0 ? (
              <div className="form-field form-outside" data-testid="form-outside-district">
                <span className="field-warning">
                  {t('formOutsideDistrict', { distance: outsideDistanceMessage(check.kilometresOutside) })}
                </span>
                {mustConfirm ? (
                  <label className="outside-confirm">
                    <input
                      type="checkbox"
                      className="outside-confirm-box"
                      checked={confirmed}
                      onChange={(event) => setConfirmedPosition(event.target.checked ? position : null)}
                      data-testid="form-outside-confirm"
                    />
                    {t('formOutsideDistrictConfirm')}
                  </label>
                ) : null}
                {mustConfirm && !confirmed && submitted ? (
                  <span className="field-error" role="alert">
                    {t('formOutsideDistrictRequired')}
                  </span>
                ) : null}
              </div>
            ) : null}
          </Fragment>
        );
      })}
      <div className="dialog-actions sticky">
        <button type="button" className="ghost" onClick={() => openDraft(null)}>
          {t('settingsCancel')}
        </button>
        <button type="submit" className="primary" data-testid="school-form-save">
          {t('settingsSave')}
        </button>
      </div>
    </form>
  );
}
