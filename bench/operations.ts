/**
 * The operations the benchmark sends: what a dashboard, a thread view, a follow-up list and a
 * search box ask of the graph. Shared by `npm run bench` and the tests that prove a query's SQL
 * cost depends on its shape only.
 */

/** The dashboard: groups with their latest liaisons and addressees, and the open action items. */
export const DASHBOARD = /* GraphQL */ `
  query BenchDashboard($groups: Int!, $first: Int!) {
    groups(first: $groups) {
      totalCount
      edges {
        node {
          id
          acronym
          name
          liaisons(first: $first) {
            totalCount
            edges { node { id title status purpose sentOn toGroups { id acronym } } }
          }
        }
      }
    }
    actionItems(filter: { status: [OPEN] }, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          status
          dueOn
          isOverdue
          raisedBy { id kind position meeting { id number title startsOn } }
        }
      }
    }
  }
`;

/** One liaison by its global id, with its reply thread (two levels) and its attachments. */
export const THREAD = /* GraphQL */ `
  query BenchThread($id: ID!) {
    node(id: $id) {
      id
      ... on Liaison {
        title
        status
        purpose
        sentOn
        deadline
        awaitingReply
        fromGroup { id acronym }
        toGroups { id acronym }
        attachments { id symbol title }
        inReplyTo { id title }
        replies {
          id
          title
          status
          sentOn
          fromGroup { id acronym }
          attachments { id symbol title }
          replies { id title status sentOn }
        }
      }
    }
  }
`;

/** What is overdue, who owes it, and where each item is recorded. */
export const FOLLOW_UP = /* GraphQL */ `
  query BenchFollowUp($first: Int!) {
    actionItems(filter: { overdue: true }, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          status
          dueOn
          dueMeeting { id startsOn }
          assignee { id acronym name }
          sources { excerpt note document { id symbol } }
        }
      }
    }
  }
`;

/** Full-text search across the graph (the `search` field; skipped on a schema without it). */
export const SEARCH = /* GraphQL */ `
  query BenchSearch($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      rank
      snippet
      node { __typename ... on Node { id } }
    }
  }
`;

/** Liaisons with replies, to pick a real thread for THREAD. */
export const THREAD_CANDIDATES = /* GraphQL */ `
  query BenchThreadCandidates {
    liaisons(filter: { status: [RESPONDED] }, first: 100) {
      edges { node { id replies { id } attachments { id } } }
    }
  }
`;

/** How much data the database holds (printed with the figures). */
export const DATA_SIZE = /* GraphQL */ `
  query BenchDataSize {
    groups(first: 1) { totalCount }
    meetings(first: 1) { totalCount }
    actionItems(first: 1) { totalCount }
    liaisons(first: 1) { totalCount }
    reports(first: 1) { totalCount }
  }
`;
