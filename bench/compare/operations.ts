/**
 * The benchmark's four questions written for PostGraphile 5's schema (the amber preset's naming:
 * `allGroups`, `rowId`, `groupByFromGroupId`, …), each asking what bench/operations.ts asks our
 * server: the same objects in the same order. Fields PostGraphile cannot derive from the tables
 * (allLiaisons, toGroups, attachments, awaitingReply, isOverdue, sources, overdueActionItems,
 * searchGraph) are the SQL functions of ./functions.ts.
 */

/** DASHBOARD: 20 groups by acronym → each group's first liaisons, sent or received, with their TO groups; open items → outcome → meeting. */
export const PG_DASHBOARD = /* GraphQL */ `
  query PgDashboard($groups: Int!, $first: Int!) {
    allGroups(first: $groups, orderBy: [ACRONYM_ASC, ROW_ID_ASC]) {
      totalCount
      nodes {
        rowId
        acronym
        name
        allLiaisons(first: $first) {
          totalCount
          nodes { rowId title status purpose sentOn toGroups { nodes { rowId acronym } } }
        }
      }
    }
    allActionItems(condition: { status: "OPEN" }, first: $first, orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) {
      totalCount
      nodes {
        rowId
        title
        status
        dueOn
        isOverdue
        outcomeByRaisedById { rowId kind position meetingByMeetingId { rowId number title startsOn } }
      }
    }
  }
`;

/** THREAD: one liaison, its replies two levels deep (oldest first), attachments by symbol. */
export const PG_THREAD = /* GraphQL */ `
  query PgThread($rowId: Int!) {
    liaisonByRowId(rowId: $rowId) {
      rowId
      title
      status
      purpose
      sentOn
      deadline
      awaitingReply
      groupByFromGroupId { rowId acronym }
      toGroups { nodes { rowId acronym } }
      attachments { nodes { rowId symbol title } }
      liaisonByInReplyToId { rowId title }
      liaisonsByInReplyToId(orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) {
        nodes {
          rowId
          title
          status
          sentOn
          groupByFromGroupId { rowId acronym }
          attachments { nodes { rowId symbol title } }
          liaisonsByInReplyToId(orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) { nodes { rowId title status sentOn } }
        }
      }
    }
  }
`;

/** FOLLOW_UP: overdue items oldest first, due meeting, assignee, sources with their documents. */
export const PG_FOLLOW_UP = /* GraphQL */ `
  query PgFollowUp($first: Int!) {
    overdueActionItems(first: $first) {
      totalCount
      nodes {
        rowId
        title
        status
        dueOn
        meetingByDueMeetingId { rowId startsOn }
        groupByAssigneeId { rowId acronym name }
        sources { nodes { excerpt note documentByDocumentId { rowId symbol } } }
      }
    }
  }
`;

/** SEARCH: the top hits across every kind, ranked, with snippets. */
export const PG_SEARCH = /* GraphQL */ `
  query PgSearch($query: String!, $first: Int!) {
    searchGraph(query: $query, maxHits: $first) {
      # in our answer's order (rank, snippet, then the object): the answers are compared value by value
      nodes { rank snippet kind rowId }
    }
  }
`;
