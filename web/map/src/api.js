// How the map speaks to the hub: GraphQL over HTTP at /graphql, as the chosen identity. In Development the hub offers
// one identity per kind of user at /graphql/identities (the explorer's role switcher), each with a development token;
// elsewhere that route does not exist and the map is anonymous (public coverage, brokers and the network only).
const storageKey = 'resourcehub.identity';
let offered = [];
let current = 'anonymous';

/** Loads the identities the hub offers; `wanted` (e.g. ?as=official) wins over the one remembered from the explorer. */
export async function loadIdentities(wanted) {
  try {
    const response = await fetch('/graphql/identities', { headers: { Accept: 'application/json' } });
    offered = response.ok ? (await response.json()).identities ?? [] : [];
  } catch {
    offered = [];
  }
  let remembered = null;
  try { remembered = localStorage.getItem(storageKey); } catch { remembered = null; }
  const key = [wanted, remembered].find((k) => k && offered.some((i) => i.key === k));
  current = key ?? 'anonymous';
}

/** The identities offered (with a token), each as { key, label }. */
export function identities() {
  return offered.filter((i) => i.token).map((i) => ({ key: i.key, label: `${i.label} ${i.labelEn}` }));
}

export function currentIdentity() {
  return current;
}

export function selectIdentity(key) {
  current = offered.some((i) => i.key === key) ? key : 'anonymous';
  try { localStorage.setItem(storageKey, current); } catch { /* a browser that keeps nothing still switches */ }
}

/** Runs a GraphQL document; resolves to { data, errors } whatever the HTTP status. */
export async function gql(query, variables) {
  const token = offered.find((i) => i.key === current)?.token;
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  try {
    return await response.json();
  } catch {
    return { errors: [{ message: `HTTP ${response.status}` }] };
  }
}
