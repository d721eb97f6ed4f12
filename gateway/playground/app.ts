// The playground page: GraphiQL from npm, bundled by gateway/playground.ts, talking to the gateway
// it was served by. No asset comes from anywhere else. It opens on one tab (searchMovies); the
// other examples wait in an Examples panel, queries apart from captures, each opened in a tab of
// its own when clicked and never run by opening. Running a mutation asks first: it writes to a store.
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { useEditorContext, type GraphiQLPlugin } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import { buildSchema, getOperationAST, parse } from 'graphql';
import 'graphiql/graphiql.css';
import { createElement as h, type CSSProperties } from 'react';
import { createRoot } from 'react-dom/client';

interface Example {
  name: string;
  kind: 'query' | 'capture';
  description: string;
  query: string;
}

interface PlaygroundConfig {
  endpoint: string;
  examples: Example[];
  /** The API schema's SDL: GraphiQL needs no introspection, which production turns off. */
  sdl: string;
}

const config = JSON.parse(document.getElementById('playground-config')!.textContent!) as PlaygroundConfig;
const send = createGraphiQLFetcher({ url: new URL(config.endpoint, window.location.href).toString() });

/** The mutation a request would run, if it is one (the server reports any syntax error itself). */
function mutationName(query: string, operationName?: string | null): string | undefined {
  try {
    const operation = getOperationAST(parse(query), operationName ?? undefined);
    return operation?.operation === 'mutation' ? (operation.name?.value ?? 'this mutation') : undefined;
  } catch {
    return undefined;
  }
}

// Run pressed on a mutation: it writes, so the person says so once more, seeing its name.
const fetcher: Fetcher = (params, options) => {
  const mutation = mutationName(params.query, params.operationName);
  if (mutation && !window.confirm(`${mutation} writes to the streamers' stores. Run it?`)) {
    return Promise.resolve({ errors: [{ message: `${mutation} was not run: nothing was written.` }] });
  }
  return send(params, options);
};

const styles: Record<string, CSSProperties> = {
  panel: { display: 'flex', flexDirection: 'column', gap: '12px' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  button: { all: 'unset', cursor: 'pointer', display: 'block', width: '100%', padding: '6px 8px', borderRadius: '6px', boxSizing: 'border-box' },
  name: { fontWeight: 600 },
  description: { display: 'block', fontSize: '12px', opacity: 0.75, marginTop: '2px' },
  note: { fontSize: '12px', opacity: 0.75, margin: '0 0 4px' },
};

function ExampleList({ kind, heading, note }: { kind: Example['kind']; heading: string; note?: string }) {
  const editor = useEditorContext({ nonNull: true });
  const open = (example: Example) => {
    // A tab of its own, so the one being edited stays; its text is set once the new tab is active.
    editor.addTab();
    setTimeout(() => {
      editor.queryEditor?.setValue(example.query);
      editor.variableEditor?.setValue('');
    });
  };
  const items = config.examples.filter((example) => example.kind === kind);
  return h(
    'section',
    { 'data-examples': kind },
    h('h3', null, heading),
    note ? h('p', { style: styles.note }, note) : null,
    h(
      'ul',
      { style: styles.list },
      items.map((example) =>
        h(
          'li',
          { key: example.name },
          h(
            'button',
            { type: 'button', style: styles.button, className: 'graphiql-un-styled', 'data-example': example.name, title: example.description || example.name, onClick: () => open(example) },
            h('span', { style: styles.name }, example.name),
            example.description ? h('span', { style: styles.description }, example.description) : null,
          ),
        ),
      ),
    ),
  );
}

const examplesPlugin: GraphiQLPlugin = {
  title: 'Examples',
  icon: () => h('span', { 'aria-hidden': true, style: { fontWeight: 700 } }, 'Ex'),
  content: () =>
    h(
      'div',
      { style: styles.panel },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
      h(ExampleList, { kind: 'query', heading: 'Queries' }),
      h(ExampleList, {
        kind: 'capture',
        heading: 'Captures',
        note: 'These write to a store. Opening one only shows it; run asks before anything is written, and needs a token with the capture scope (Headers: {"Authorization": "Bearer …"}).',
      }),
    ),
};

const first = config.examples.find((example) => example.name === 'SearchMovies') ?? config.examples[0];

createRoot(document.getElementById('graphiql')!).render(
  h(GraphiQL, {
    fetcher,
    schema: buildSchema(config.sdl),
    defaultTabs: first ? [{ query: first.query }] : undefined,
    defaultEditorToolsVisibility: 'variables',
    plugins: [examplesPlugin],
    visiblePlugin: examplesPlugin,
  }),
);
