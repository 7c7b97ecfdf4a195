import './workers.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { buildSchema } from 'graphql';
import 'graphiql/style.css';
import './explorer.css';
import { examples } from './examples.js';
import { fetcher } from './fetcher.js';
// The published schema, which SchemaTests keep equal to the hub's: GraphiQL needs no introspection request
// (whose size the hub's complexity limit refuses) and the page knows the schema before the hub answers.
import schemaText from '../../../schema.graphql';

const schema = buildSchema(schemaText);

// Brings an example's tab to the front; if the user closed it, opens it again in a new tab.
function ExampleButtons() {
  const tabs = useGraphiQL((state) => state.tabs);
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const { changeTab, addTab } = useGraphiQLActions();
  const open = (example) => {
    const index = tabs.findIndex((tab) => tab.query?.includes(`query ${example.name} `));
    if (index >= 0) {
      changeTab(index);
      return;
    }
    addTab();
    queryEditor?.setValue(example.query);
  };
  return (
    <nav className="rh-examples" aria-label="示例 Examples">
      <span className="rh-examples-title">示例 Examples</span>
      {examples.map((example) => (
        <button key={example.name} type="button" className="rh-example" data-example={example.name}
          title={example.query.split('\n')[1].slice(2)} onClick={() => open(example)}>
          {example.label} <span lang="en">{example.labelEn}</span>
        </button>
      ))}
    </nav>
  );
}

function Explorer() {
  return (
    <div className="rh-page">
      <header className="rh-header">
        <h1>
          ResourceHub 五社联动资源枢纽 <span lang="en">· GraphQL Explorer</span>
        </h1>
        <p>
          谁能帮助谁：选一个示例，按 ▶ 或 Ctrl+Enter 运行；左边栏第一个按钮打开文档。
          <span lang="en"> Who can help whom: pick an example, press ▶ or Ctrl+Enter to run; the first button on the left opens the documentation.</span>
        </p>
      </header>
      <main className="rh-graphiql">
        <GraphiQL fetcher={fetcher} schema={schema} defaultTabs={examples.map((example) => ({ query: example.query }))}
          defaultEditorToolsVisibility={false}>
          <GraphiQL.Logo>
            <ExampleButtons />
          </GraphiQL.Logo>
        </GraphiQL>
      </main>
    </div>
  );
}

createRoot(document.getElementById('explorer')).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
