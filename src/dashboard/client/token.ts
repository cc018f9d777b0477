/**
 * The API token a person signed in with. Kept in sessionStorage: it lives as long as the tab and
 * is never a cookie, so the browser sends it nowhere by itself (no CSRF surface); api.ts adds it
 * as a bearer header to the dashboard's own /graphql requests.
 */
const KEY = 'liaison-graph.token';

export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null; // storage disabled: nobody is signed in
  }
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

export function authorizationHeader(): Record<string, string> {
  const token = storedToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}
