/** Where the forms live under /dashboard (the pages link to them by these). */

export function liaisonReplyPath(id: string): string {
  return `/dashboard/liaisons/${encodeURIComponent(id)}/reply`;
}

export function liaisonStatusPath(id: string): string {
  return `/dashboard/liaisons/${encodeURIComponent(id)}/status`;
}

export function actionItemStatusPath(id: string): string {
  return `/dashboard/action-items/${encodeURIComponent(id)}/status`;
}
