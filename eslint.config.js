import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['cases', 'penalties', 'sources', 'embed'];

/**
 * STYLE.md's one-way imports, checked: components/lib/charts → data → features → app. A feature does not
 * import another feature (they meet in app), and nothing imports upward.
 */
const boundaries = [
  {
    target: ['./src/components', './src/lib', './src/charts'],
    from: ['./src/data', './src/features', './src/app'],
    message: 'components, lib and charts are the bottom layer: they must not import data, features or app.',
  },
  { target: './src/data', from: ['./src/features', './src/app'], message: 'data must not import features or app.' },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: ['./src/app', ...FEATURES.filter((other) => other !== feature).map((other) => `./src/features/${other}`)],
    message: 'A feature must not import another feature or the app: they meet in src/app.',
  })),
  {
    target: ['./src/app', './src/features', './src/data', './src/lib', './src/components', './src/charts'],
    from: './src/pictures',
    message: 'src/pictures is the build-time picture renderer (scripts/pictures.mjs): nothing in the app imports it.',
  },
];

export default defineConfig(
  { ignores: ['.scratch/**', 'dist/', 'node_modules/', 'coverage/', 'test-results/', 'screenshots/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: boundaries }] },
  },
  {
    // Node-side code: configs, scripts, test helpers and browser tests.
    files: ['*.config.{js,ts}', 'scripts/**', 'tests/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
