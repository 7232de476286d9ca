/** Finds a school by name or pinyin initials and flies the map to it. */
import { useMemo, useRef, useState } from 'react';
import { buildSearchIndex, type SearchEntry, searchSchools } from '../analysis/search-schools.ts';
import type { School } from '../domain/school.ts';
import { useAtlasStore } from '../store/index.ts';
import { useTranslation } from './use-translation.ts';

/** Zoom at which a found school is shown. */
const FOUND_ZOOM = 15;

export function SearchBox() {
  const { t } = useTranslation();
  const schools = useAtlasStore((state) => state.schools);
  const select = useAtlasStore((state) => state.select);
  const focusOn = useAtlasStore((state) => state.focusOn);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The index belongs to one roster; a new roster makes it stale and it is built again.
  const [index, setIndex] = useState<{ schools: readonly School[]; entries: SearchEntry[] } | null>(null);
  const entries = index?.schools === schools ? index.entries : null;
  const loadingFor = useRef<readonly School[] | null>(null);

  // The pinyin dictionary is large, so it is loaded the first time the user focuses the box.
  const prepare = () => {
    if (entries || loadingFor.current === schools) return;
    loadingFor.current = schools;
    void import('../analysis/pinyin-forms.ts').then(({ toPinyinForms }) => {
      const names = schools.map((school) => school.name);
      setIndex({ schools, entries: buildSearchIndex(names, toPinyinForms) });
    });
  };

  const results = useMemo(() => (entries ? searchSchools(entries, query, 12) : []), [entries, query]);

  const choose = (index: number) => {
    const school = schools[index];
    if (!school) return;
    select({ kind: 'school', code: school.code });
    focusOn({ kind: 'point', lon: school.lon, lat: school.lat, zoom: FOUND_ZOOM });
    setQuery(school.name);
    setOpen(false);
  };

  return (
    <div className="search-box">
      <input
        type="search"
        value={query}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchPlaceholder')}
        data-testid="search-input"
        onFocus={() => {
          prepare();
          setOpen(true);
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
          if (!entries) prepare();
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((value) => Math.min(value + 1, results.length - 1));
          else if (event.key === 'ArrowUp') setActive((value) => Math.max(value - 1, 0));
          else if (event.key === 'Enter' && results[active] !== undefined) choose(results[active]);
          else if (event.key === 'Escape') setOpen(false);
          else return;
          event.preventDefault();
        }}
      />
      {open && query.trim() !== '' ? (
        <ul className="search-results" data-testid="search-results">
          {!entries ? <li className="search-empty">{t('searchLoading')}</li> : null}
          {entries && results.length === 0 ? <li className="search-empty">{t('searchNoResult')}</li> : null}
          {results.map((schoolIndex, position) => {
            const school = schools[schoolIndex];
            if (!school) return null;
            return (
              <li key={school.code}>
                <button
                  type="button"
                  className={position === active ? 'active' : ''}
                  aria-current={position === active}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(schoolIndex)}
                >
                  <span>{school.name}</span>
                  <small>
                    {school.township} · {school.type}
                  </small>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
