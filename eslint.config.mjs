// ESLint for the whole tree: typescript-eslint's recommended rules (without type information, so
// that a run takes seconds), with formatting left to Prettier (eslint-config-prettier turns off
// the rules that would disagree with it). `npm run lint` runs both; `npm test` runs it first.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // client/src/gql/ is written by GraphQL Code Generator (`npm run schema`).
  { ignores: ['**/node_modules/', '**/dist/', '.data/', 'neo4j/target/', 'coverage/', 'client/src/gql/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A leading underscore says "deliberately unused" (a destructured property left out, a callback's unused argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  prettier,
);
