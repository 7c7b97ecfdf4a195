// Who the explorer speaks as. In Development the hub offers one identity per kind of user at /graphql/identities,
// each with a development token it minted; elsewhere the route does not exist and the explorer is anonymous.
// The choice is kept in localStorage, so a reload keeps the role.
import { useSyncExternalStore } from 'react';

const storageKey = 'resourcehub.identity';
const listeners = new Set();
let state = { identities: [], key: 'anonymous', loaded: false };

function set(next) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

function remembered() {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** Asks the hub for its identities; none when it offers none (outside Development) or cannot be reached. */
export async function loadIdentities() {
  let identities = [];
  try {
    const response = await fetch('/graphql/identities', { headers: { Accept: 'application/json' } });
    if (response.ok) identities = (await response.json()).identities ?? [];
  } catch {
    identities = [];
  }
  const wanted = state.loaded ? state.key : remembered();
  const key = identities.some((i) => i.key === wanted) ? wanted : 'anonymous';
  set({ identities, key, loaded: true });
}

/** Speaks as the identity with this key, when the hub offers it. */
export function selectIdentity(key) {
  if (!state.identities.some((i) => i.key === key)) return;
  try {
    localStorage.setItem(storageKey, key);
  } catch {
    // A browser that keeps nothing still switches for this page.
  }
  set({ key });
}

/** The bearer token of the current identity, or null for the anonymous caller. */
export function currentToken() {
  return state.identities.find((i) => i.key === state.key)?.token ?? null;
}

function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The identities offered and the current one, for React. */
export function useIdentity() {
  return useSyncExternalStore(subscribe, () => state);
}
