/**
 * The place search box as the start shows it: the same input, whose search (the box's code, its
 * catalogue of places and its worker) loads when the box is first focused or typed in. What was
 * typed meanwhile is kept, and the box keeps the focus.
 */
import { useState } from 'react';
import type { SearchBox } from './SearchBox.tsx';
import { searchInputBasics } from './search-input.ts';
import { useTranslation } from './use-translation.ts';

let loading: Promise<typeof SearchBox> | null = null;
function loadSearchBox(): Promise<typeof SearchBox> {
  loading ??= import('./SearchBox.tsx').then((module) => module.SearchBox);
  // A chunk that could not be fetched is asked for again at the next focus.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

export function SearchBoxOnUse() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState(false);
  const [Loaded, setLoaded] = useState<typeof SearchBox | null>(null);
  if (Loaded) return <Loaded initialQuery={query} focused={focused} />;
  const load = () => {
    void loadSearchBox().then(
      (view) => setLoaded(() => view),
      () => undefined,
    );
  };
  return (
    <div className="search-box">
      <input
        {...searchInputBasics(t)}
        value={query}
        onFocus={() => {
          setFocused(true);
          load();
        }}
        onBlur={() => setFocused(false)}
        onChange={(event) => {
          setQuery(event.target.value);
          load();
        }}
      />
    </div>
  );
}
