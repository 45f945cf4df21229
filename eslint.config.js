// Lint is also where the architecture is enforced: each runtime layer may import only what runs there.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'zlib'];
const nodeBuiltinPatterns = NODE_BUILTINS.map((name) => ({ group: [name], message: 'Node modules do not run here.' }));
const electronPath = { name: 'electron', message: 'Only the Electron entry files (main, preload, ipc, menu, file dialogs) may import electron.' };
// The entry files themselves import electron, so the core reaching them would smuggle it in.
const electronEntryPattern = { group: ['**/electron/main', '**/electron/preload', '**/electron/ipc', '**/electron/menu', '**/electron/file-dialogs', '**/electron/app-protocol', '../main', '../preload', '../ipc', '../menu', '../file-dialogs', '../app-protocol', '../../main', '../../ipc', '../../menu', '../../file-dialogs'], message: 'The core and the server never depend on the Electron entry files.' };
const nativePattern = { group: ['better-sqlite3', 'pdfkit', 'fontkit', 'subset-font', 'exceljs', 'yauzl', 'iconv-lite'], message: 'Node-only libraries belong to the core.' };

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'test-results', 'playwright-report', '.helpers'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    // vitest's asymmetric matchers are typed as any, and tests edit JSON fixtures freely to break one rule at a time.
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    // Playwright fixtures must destructure their (empty) dependencies.
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['**/*.mjs', '*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electronPath], patterns: [...nodeBuiltinPatterns, nativePattern, { group: ['**/electron/**'], message: 'The renderer reaches the core only through the API client.' }] }],
    },
  },
  {
    // Screens render; they reach data through renderer/data/<area>.ts (TanStack Query), never the API client's
    // `api` directly. Areas join this list as they move onto the data layer; the rest still call `api` in effects.
    files: ['renderer/screens/trainer/programmes/**/*.{ts,tsx}', 'renderer/screens/trainer/people/**/*.{ts,tsx}', 'renderer/screens/trainer/backup/**/*.{ts,tsx}', 'renderer/screens/trainer/modules/**/*.{ts,tsx}', 'renderer/screens/trainer/printouts/**/*.{ts,tsx}', 'renderer/screens/verify/**/*.{ts,tsx}', 'renderer/screens/settings/**/*.{ts,tsx}', 'renderer/screens/first-run/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronPath], patterns: [...nodeBuiltinPatterns, nativePattern, { group: ['**/electron/**'], message: 'The renderer reaches the core only through the API client.' }, { group: ['**/api/client'], importNames: ['api'], message: 'Screens read and change data through renderer/data/<area>.ts.' }] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronPath], patterns: [...nodeBuiltinPatterns, nativePattern, { group: ['react', 'react-dom', 'react-i18next', '**/renderer/**', '**/electron/**'], message: 'shared/ holds only runtime-neutral types, schemas and the contract.' }] }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/server/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronPath], patterns: [electronEntryPattern, { group: ['**/renderer/**'], message: 'The core never depends on the UI.' }] }],
    },
  },
  {
    // SQL lives in repositories (and migrations), so every write passes one place that sync can hook into.
    files: ['electron/**/*.ts'],
    ignores: ['**/*-repository.ts', 'electron/core/db/migrations/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='prepare']", message: 'SQL belongs in a *-repository.ts file (or a migration).' },
        { selector: "CallExpression[callee.property.name='exec'][arguments.0.type=/^(Literal|TemplateLiteral)$/]", message: 'SQL belongs in a *-repository.ts file (or a migration).' },
      ],
    },
  },
  {
    // A shipped migration must never change, so it may not import code that does (a tokenizer, a repository, a
    // shared constant): only types, which leave nothing behind at run time.
    files: ['electron/core/db/migrations/*.ts'],
    ignores: ['electron/core/db/migrations/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['*', '**', '.*', '../*', './*'], allowTypeImports: true, message: 'A migration imports nothing but types (the Migration and the database type).' }] }],
    },
  },
  {
    // Unit tests run in plain Node: they may test the IPC registration (which takes a structural ipcMain), never electron.
    files: ['tests/unit/**/*.ts'],
    ignores: ['tests/unit/renderer/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronPath], patterns: [{ group: ['**/renderer/**'], message: 'Unit tests exercise the core, not the UI.' }] }],
    },
  },
  {
    // The renderer's own logic, tested in a DOM (happy-dom). The tests may read fixture files with Node, but never
    // reach the core.
    files: ['tests/unit/renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { paths: [electronPath], patterns: [nativePattern, { group: ['**/electron/**'], message: 'Renderer tests exercise the renderer, not the core.' }] }],
    },
  },
);
