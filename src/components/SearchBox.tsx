/**
 * Finds townships, schools and villages as people type them (names, codes, pinyin, any word
 * order) and takes the map there. Results are grouped 乡镇 / 学校 / 村, best first; a school the
 * filters hide is still found, and says so.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SearchGroup } from '../analysis/search-index.ts';
import type { SearchResult } from '../analysis/search-places.ts';
import { type AtlasState, useAtlasStore } from '../store/index.ts';
import { selectVisibleSchools } from '../store/selectors.ts';
import { type PlaceSearch, startPlaceSearch } from '../workers/search-in-worker.ts';
import { searchInputBasics } from './search-input.ts';
import {
  type SearchCatalogue,
  type SearchTarget,
  searchCatalogue,
  searchDestination,
  villagePlace,
} from './search-items.ts';
import { useTranslation } from './use-translation.ts';

/** Hits shown per group; the rest are counted. */
const GROUP_LIMIT = 8;

const GROUP_TITLES = {
  township: 'placeSearchGroupTownship',
  school: 'placeSearchGroupSchool',
  village: 'placeSearchGroupVillage',
} as const;

/** The app's one place search (its worker starts when the box is first focused). */
let placeSearch: PlaceSearch | null = null;

function search(): PlaceSearch {
  placeSearch ??= startPlaceSearch();
  return placeSearch;
}

/** The inputs the index is built from: a new roster, boundary set or layer list builds it again. */
function indexInputs(state: AtlasState) {
  return [state.schools, state.townships, state.villages, state.referenceLayers] as const;
}

/**
 * @param initialQuery what was typed before the box's code was at hand (`SearchBoxOnUse`)
 * @param focused whether the box had the focus then: it takes it again
 */
export function SearchBox({
  initialQuery = '',
  focused = false,
}: {
  initialQuery?: string;
  focused?: boolean;
}) {
  const { t } = useTranslation();
  const inputs = useAtlasStore(useShallow((state) => indexInputs(state)));
  const visible = useAtlasStore(selectVisibleSchools);
  const schools = useAtlasStore((state) => state.schools);
  const townships = useAtlasStore((state) => state.townships);
  const resetFilters = useAtlasStore((state) => state.resetFilters);
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [built, setBuilt] = useState<{
    inputs: readonly unknown[];
    catalogue: SearchCatalogue;
    /** The worker has built the index of this catalogue. */
    ready: boolean;
  } | null>(null);
  const current = built?.inputs.every((input, position) => input === inputs[position]) ? built : null;
  const loadingFor = useRef<readonly unknown[] | null>(null);
  const [answer, setAnswer] = useState<{
    catalogue: SearchCatalogue;
    query: string;
    result: SearchResult;
  } | null>(null);
  const asked = useRef(0);
  // The close that follows a blur waits for a click on a hit; focusing again cancels it, or a quick
  // return to the box (a filter clicked, then typing) would see its results closed under it.
  const closing = useRef<number | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  // Focusing runs `onFocus`: the index is prepared and the results open.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the box's first render takes the focus.
  useEffect(() => {
    if (focused) input.current?.focus();
  }, []);

  // The index (and the large pinyin dictionary) is built in the search worker the first time the
  // user focuses the box, and again when the data changes; typing never waits for it.
  const prepare = () => {
    if (current || loadingFor.current === inputs) return;
    loadingFor.current = inputs;
    const state = useAtlasStore.getState();
    const catalogue = searchCatalogue(state);
    setBuilt({ inputs: indexInputs(state), catalogue, ready: false });
    void search()
      .build(catalogue.items)
      .then(() =>
        setBuilt((previous) => (previous?.catalogue === catalogue ? { ...previous, ready: true } : previous)),
      );
  };

  const catalogue = current?.ready ? current.catalogue : null;
  useEffect(() => {
    if (!catalogue || query.trim() === '') return;
    const id = ++asked.current;
    void search()
      .search(query, GROUP_LIMIT)
      .then((result) => {
        // A later keystroke's answer replaces this one; an earlier one never overwrites it.
        if (result && id === asked.current) setAnswer({ catalogue, query, result });
      });
  }, [catalogue, query]);
  const result = answer && answer.catalogue === catalogue ? answer.result : null;
  const visibleSet = useMemo(() => new Set(visible), [visible]);
  const rows = useMemo(() => {
    if (!catalogue || !result) return [];
    return (['township', 'school', 'village'] as const).flatMap((group) =>
      result[group].hits.slice(0, GROUP_LIMIT).map((hit) => ({
        group,
        target: catalogue.targets[hit.item] as SearchTarget,
        name: catalogue.items[hit.item]?.name ?? '',
      })),
    );
  }, [catalogue, result]);
  const hiddenCount = useMemo(() => {
    if (!catalogue || !result) return 0;
    return (result.school.all ?? []).filter((item) => {
      const target = catalogue.targets[item];
      return target?.group === 'school' && !visibleSet.has(target.index);
    }).length;
  }, [catalogue, result, visibleSet]);

  const choose = (target: SearchTarget, name: string) => {
    const state = useAtlasStore.getState();
    const destination = searchDestination(state, target);
    state.select(destination.selection);
    if (destination.focus) state.focusOn(destination.focus);
    setQuery(name);
    setOpen(false);
  };

  const townshipName = (code: string) =>
    townships?.features.find((feature) => feature.properties.code === code)?.properties.name ?? '';

  const detail = (target: SearchTarget, name: string): string => {
    if (target.group === 'township') return target.code;
    if (target.group === 'school') {
      const school = schools[target.index];
      return school ? `${school.township} · ${school.type}` : '';
    }
    const place = villagePlace(useAtlasStore.getState(), name);
    const township = townshipName(target.townshipCode);
    return place
      ? t('placeSearchVillagePlaced', { township, layer: place.layer })
      : t('placeSearchVillageNoPlace', { township });
  };

  let position = -1;
  return (
    <div className="search-box">
      <input
        ref={input}
        {...searchInputBasics(t)}
        value={query}
        onFocus={() => {
          window.clearTimeout(closing.current);
          prepare();
          setOpen(true);
        }}
        onBlur={() => {
          closing.current = window.setTimeout(() => setOpen(false), 150);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
          if (!current) prepare();
        }}
        onKeyDown={(event) => {
          const row = rows[active];
          if (event.key === 'ArrowDown') setActive((value) => Math.min(value + 1, rows.length - 1));
          else if (event.key === 'ArrowUp') setActive((value) => Math.max(value - 1, 0));
          else if (event.key === 'Enter' && row) choose(row.target, row.name);
          else if (event.key === 'Escape') setOpen(false);
          else return;
          event.preventDefault();
        }}
      />
      {open && query.trim() !== '' ? (
        <div
          className="search-results"
          data-testid="search-results"
          // The query the results on screen answer: they stay while the next keystroke's are found.
          data-answered={result ? answer?.query : undefined}
        >
          {!result ? <p className="search-empty">{t('placeSearchLoading')}</p> : null}
          {result && rows.length === 0 ? <p className="search-empty">{t('placeSearchNoResult')}</p> : null}
          {(['township', 'school', 'village'] as SearchGroup[]).map((group) => {
            const groupRows = rows.filter((row) => row.group === group);
            if (groupRows.length === 0 || !result) return null;
            const more = result[group].total - groupRows.length;
            return (
              <section key={group} className="search-group" data-testid={`search-group-${group}`}>
                <h3>{t(GROUP_TITLES[group])}</h3>
                <ul>
                  {groupRows.map((row) => {
                    position += 1;
                    const at = position;
                    const hidden = row.target.group === 'school' && !visibleSet.has(row.target.index);
                    return (
                      <li key={`${group}-${at}`}>
                        <button
                          type="button"
                          className={at === active ? 'active' : ''}
                          aria-current={at === active}
                          data-testid="search-hit"
                          data-hidden={hidden || undefined}
                          onMouseDown={(event) => event.preventDefault()}
                          onClick={() => choose(row.target, row.name)}
                        >
                          <span>{row.name}</span>
                          <small>
                            {hidden ? <em className="search-hidden">{t('placeSearchHidden')} · </em> : null}
                            {detail(row.target, row.name)}
                          </small>
                        </button>
                      </li>
                    );
                  })}
                </ul>
                {more > 0 ? <p className="search-more">{t('placeSearchMore', { count: more })}</p> : null}
              </section>
            );
          })}
          {hiddenCount > 0 ? (
            <p className="search-hidden-summary" data-testid="search-hidden-summary">
              {t('placeSearchHiddenSummary', { count: hiddenCount })}{' '}
              <button
                type="button"
                className="link"
                onMouseDown={(event) => event.preventDefault()}
                onClick={resetFilters}
              >
                {t('placeSearchClearFilters')}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
