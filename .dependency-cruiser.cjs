/**
 * The import directions of the house (DESIGN.md, "The shape of the house"), checked by
 * `npm run lint`: domain ← analysis ← store ← components; io ← store; only src/map and src/print
 * call maplibre; nothing but components and the entry imports components.
 */
/** The store's slices import the combined state's type from index.ts, which builds the store from them. */
const STORE_SLICES = '^src/store/(index|[a-z-]+-slice)[.]ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'maplibre-only-in-map-and-print',
      comment: 'One map caller: only src/map (sync, interactions) and src/print (preview and export maps) call maplibre.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(map|print)/' },
      to: { path: '(^|/)node_modules/maplibre-gl/' },
    },
    {
      name: 'analysis-is-pure',
      comment: 'Analysis takes plain data and returns plain data: no store, React, map, components, io or workers.',
      severity: 'error',
      from: { path: '^src/analysis/' },
      to: {
        path: [
          '^src/(store|components|map|print|io|workers|i18n)/',
          '(^|/)node_modules/(react|react-dom|zustand|maplibre-gl)/',
        ],
      },
    },
    {
      name: 'domain-imports-nothing-of-the-app',
      comment: 'The domain is types and pure rules: it may name the catalogue keys as a type, nothing more.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: ['^src/domain/', '^src/i18n/zh-CN/'] },
    },
    {
      name: 'domain-names-catalogue-keys-as-a-type-only',
      comment: 'The catalogue is the edge: the domain names its keys as a type, never its texts.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/i18n/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'io-below-the-interface',
      comment: 'io reads and writes files into domain records; it knows nothing of the store, the screens or the map.',
      severity: 'error',
      from: { path: '^src/io/' },
      to: { path: '^src/(store|components|map|print|workers)/' },
    },
    {
      name: 'components-see-io-through-its-face',
      comment:
        'Screens reach io through one public face, src/io/import-flow/index.ts (the import flow, the backup, the writers): reading, checking and committing files is the flow and the store, never a panel.',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/io/', pathNot: '^src/io/import-flow/index[.]ts$' },
    },
    {
      name: 'only-components-import-components',
      comment: 'Panels are the top of the house: only other components and the entry point import them.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/components/', '^src/main[.]tsx$'] },
      to: { path: '^src/components/' },
    },
    {
      name: 'no-circular-imports',
      comment: 'Cycles make the import order matter; only the store slices and the store that combines them may meet.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, via: { pathNot: STORE_SLICES } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a domain file importing a store type is still a wrong direction.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '[.](css|png|svg)$' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
