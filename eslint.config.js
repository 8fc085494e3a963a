import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['cases', 'penalties', 'sources', 'embed'];

/**
 * STYLE.md's one-way imports, checked: components/lib/charts → data → content → features → app. A feature does
 * not import another feature (they meet in app), and nothing imports upward.
 */
const boundaries = [
  {
    target: ['./src/components', './src/lib', './src/charts'],
    from: ['./src/data', './src/content', './src/features', './src/app'],
    message: 'components, lib and charts are the bottom layer: they must not import data, content, features or app.',
  },
  {
    target: './src/data',
    from: ['./src/content', './src/features', './src/app'],
    message: 'data must not import content, features or app.',
  },
  {
    target: './src/content',
    from: ['./src/features', './src/app'],
    message: 'content (the section hooks and shared section UI) must not import features or app.',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: ['./src/app', ...FEATURES.filter((other) => other !== feature).map((other) => `./src/features/${other}`)],
    message: 'A feature must not import another feature or the app: they meet in src/app.',
  })),
  {
    target: [
      './src/app',
      './src/features',
      './src/content',
      './src/data',
      './src/lib',
      './src/components',
      './src/charts',
    ],
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
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      // No import circles (the rule skips type-only imports, which are erased).
      'import-x/no-cycle': 'error',
      // Files that change for one reason: a file past 260 lines is doing more than one thing.
      'max-lines': ['error', { max: 260, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    // Node-side code: configs, scripts, test helpers and browser tests.
    files: ['*.config.{js,ts}', 'scripts/**', 'tests/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
