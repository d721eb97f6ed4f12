// `npm run codegen`: TypeScript types and typed document nodes for the client's operations and the
// example operations, from the API schema that `npm run compose` writes.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['client/operations/*.graphql', 'client/queries/*.graphql'],
  generates: {
    'client/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { scalars: { JSON: 'unknown' }, useTypeImports: true, enumsAsTypes: true, avoidOptionals: false },
    },
  },
  silent: true,
};

export default config;
