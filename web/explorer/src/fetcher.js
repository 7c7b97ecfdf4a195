// GraphQL over HTTP to the hub that served this page. Not @graphiql/toolkit's fetcher: that one pulls in
// multipart and WebSocket transports the hub does not offer, and it asks for JSON only with a lower weight.
import { Kind, parse } from 'graphql';
import { currentToken, loadIdentities } from './identity.js';

const accept = 'application/graphql-response+json, application/json';

export async function fetcher(params, options) {
  const body = JSON.stringify(withCurrentOperationName(params));
  let response = await post(body, options);
  // Development tokens last 12 hours: a page left open longer asks the hub for fresh ones and tries once more.
  if (response.status === 401 && currentToken()) {
    await loadIdentities();
    response = await post(body, options);
  }
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    // A status without a GraphQL body (415, 406, a proxy's 502…) still shows in the result pane.
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
  }
}

function post(body, options) {
  const token = currentToken();
  return fetch('/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: accept,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...options?.headers,
    },
    body,
  });
}

// GraphiQL works out the operation name a moment after the editor changes: run right after switching tabs and
// it sends the new tab's document with the old tab's operation name, which the hub rightly refuses. A name the
// document does not define is dropped, so a document with one operation runs that one.
function withCurrentOperationName(params) {
  if (!params.operationName) return params;
  let document;
  try {
    document = parse(params.query);
  } catch {
    return params;
  }
  const defined = document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === params.operationName);
  return defined ? params : { ...params, operationName: undefined };
}
