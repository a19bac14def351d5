// Lint rules for the whole project: the recommended JavaScript and TypeScript sets, plus the few
// habits this suite relies on (no floating promises would need type information; kept fast instead).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.pact-tmp/', 'contracts/', 'reports/', 'test/fixtures/', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // TypeScript already reports undefined names, with Node's types.
      'no-undef': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
)
