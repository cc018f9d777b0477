/**
 * The pages that show follow-ups (overview, follow-up list, a group's follow-up) refresh when a
 * change is recorded: a graphql-ws subscription on the same server's /graphql (changeRecorded,
 * for the page's group when it has one). One connection for the whole visit, one subscription
 * for the page on screen; a burst of changes (an import, a meeting's outcomes) refreshes once.
 */
import { createClient, type Client } from 'graphql-ws';
import { DashboardChangesDocument, type DashboardChangesSubscription, type DashboardChangesSubscriptionVariables } from './generated.js';

/** changes within this long of each other refresh the page once */
const SETTLE_MS = 400;

let client: Client | undefined;
let stop: (() => void) | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function connection(): Client {
  client ??= createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    // the server restarts or a network drops: come back, and keep quiet meanwhile (the page still shows what it read)
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  return client;
}

/**
 * From now on, call `refresh` when a change concerning `group` (any group: null) is recorded;
 * undefined stops listening (a page that shows no follow-ups).
 */
export function refreshOnChange(group: string | null | undefined, refresh: () => void): void {
  stop?.();
  stop = undefined;
  clearTimeout(timer);
  if (group === undefined) return;
  const variables: DashboardChangesSubscriptionVariables = { group };
  stop = connection().subscribe<DashboardChangesSubscription>(
    { query: DashboardChangesDocument.toString(), variables },
    {
      next: (result) => {
        if (!result.data) return;
        clearTimeout(timer);
        timer = setTimeout(refresh, SETTLE_MS);
      },
      // an unknown group (the page says so itself) or a refused subscription: no live refresh
      error: () => {},
      complete: () => {},
    },
  );
}
