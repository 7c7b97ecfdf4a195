import './workers.js';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { buildSchema } from 'graphql';
import 'graphiql/style.css';
import './explorer.css';
import { examples, roles } from './examples.js';
import { fetcher } from './fetcher.js';
import { loadIdentities, selectIdentity, useIdentity } from './identity.js';
// The published schema, which SchemaTests keep equal to the hub's: GraphiQL needs no introspection request
// (whose size the hub's complexity limit refuses) and the page knows the schema before the hub answers.
import schemaText from '../../../schema.graphql';

const schema = buildSchema(schemaText);

const defines = (query, name) => new RegExp(`\\b(query|mutation|subscription) ${name}\\b`).test(query ?? '');

// The example buttons live in the page's header, outside GraphiQL; this bridge, rendered inside it, hands them
// what they need of its tabs and editor.
const graphiql = { open: () => {} };

function EditorBridge() {
  const tabs = useGraphiQL((state) => state.tabs);
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const { changeTab, addTab } = useGraphiQLActions();
  useEffect(() => {
    // Brings an example's tab to the front; if the user closed it, opens it again in a new tab.
    graphiql.open = (example) => {
      const index = tabs.findIndex((tab) => defines(tab.query, example.name));
      if (index >= 0) {
        changeTab(index);
        return;
      }
      addTab();
      queryEditor?.setValue(example.query);
    };
  }, [tabs, queryEditor, changeTab, addTab]);
  return null;
}

// The examples by the role each is for. Opening one speaks as that role; the switcher can then change who asks.
function ExampleButtons() {
  const open = (example) => {
    selectIdentity(example.role);
    graphiql.open(example);
  };
  return (
    <nav className="rh-examples" aria-label="示例 Examples">
      <span className="rh-examples-title">示例 <span lang="en">Examples</span></span>
      {roles.map((role) => (
        <span key={role.key} className="rh-examples-role">
          <span className="rh-examples-role-name">{role.label} <span lang="en">{role.labelEn}</span></span>
          {examples.filter((example) => example.role === role.key).map((example) => (
            <button key={example.name} type="button" className="rh-example" data-example={example.name}
              title={example.query.split('\n')[1].slice(2)} onClick={() => open(example)}>
              {example.label} <span lang="en">{example.labelEn}</span>
            </button>
          ))}
        </span>
      ))}
    </nav>
  );
}

// Who the explorer speaks as: the identities the hub offers in Development, each with its own token.
function RoleSwitcher() {
  const { identities, key } = useIdentity();
  if (identities.length === 0) return null;
  const current = identities.find((i) => i.key === key);
  return (
    <div className="rh-identity">
      <label>
        身份 <span lang="en">Role</span>{' '}
        <select data-identity value={key} onChange={(event) => selectIdentity(event.target.value)}>
          {identities.map((i) => (
            <option key={i.key} value={i.key}>{i.label} {i.labelEn}</option>
          ))}
        </select>
      </label>
      {current && (
        <span className="rh-identity-detail" data-identity-detail>
          {current.detail} <span lang="en">({current.detailEn})</span>
        </span>
      )}
    </div>
  );
}

function Explorer() {
  return (
    <div className="rh-page">
      <header className="rh-header">
        <RoleSwitcher />
        <h1>
          ResourceHub 五社联动资源枢纽 <span lang="en">· GraphQL Explorer</span>
        </h1>
        <p>
          谁能帮助谁：选一个示例（身份随之切换），按 ▶ 或 Ctrl+Enter 运行；换个身份再运行，看看别人能看到什么。左边栏第一个按钮打开文档。
          <span lang="en"> Who can help whom: pick an example (the role switches with it), press ▶ or Ctrl+Enter to run; switch
            the role and run again to see what another caller gets. The first button on the left opens the documentation.</span>
        </p>
        <ExampleButtons />
      </header>
      <main className="rh-graphiql">
        <GraphiQL fetcher={fetcher} schema={schema} defaultTabs={examples.map((example) => ({ query: example.query }))}
          defaultEditorToolsVisibility={false}>
          <GraphiQL.Logo>
            <EditorBridge />
          </GraphiQL.Logo>
        </GraphiQL>
      </main>
    </div>
  );
}

loadIdentities();

createRoot(document.getElementById('explorer')).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
