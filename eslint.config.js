// Lint for the whole repository: ESLint's and typescript-eslint's recommended rules, with
// eslint-plugin-lit and eslint-plugin-wc for the elements. `npm test` runs it first.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', '.scratch/**', 'demo/data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // A leading underscore marks a name kept on purpose (a parameter of an interface, a
      // field left out of a copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // French typography needs no-break spaces inside strings and templates.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true }],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Files and functions a reader can hold in mind (issue 16).
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  { files: ['src/elements/**/*.ts'], ...lit.configs['flat/recommended'] },
  { files: ['src/elements/**/*.ts'], ...wc.configs['flat/recommended'] },
);
