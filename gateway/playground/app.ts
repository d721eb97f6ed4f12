// The playground page: GraphiQL from npm, bundled by gateway/playground.ts, talking to the gateway
// it was served by. No asset comes from anywhere else.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

interface PlaygroundConfig {
  endpoint: string;
  tabs: { query: string }[];
  /** The API schema's SDL: GraphiQL needs no introspection, which production turns off. */
  sdl: string;
}

const config = JSON.parse(document.getElementById('playground-config')!.textContent!) as PlaygroundConfig;
const fetcher = createGraphiQLFetcher({ url: new URL(config.endpoint, window.location.href).toString() });

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, { fetcher, schema: buildSchema(config.sdl), defaultTabs: config.tabs, defaultEditorToolsVisibility: 'variables' }),
);
