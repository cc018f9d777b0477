/**
 * The playground's saved queries: one per question in the domain design ("Questions the graph
 * answers"), each runnable as it is against the seed data set. Tests run every one of them.
 */
export interface ExampleQuery {
  title: string;
  query: string;
}

export const exampleQueries: ExampleQuery[] = [
  {
    title: "Secretariat's open items",
    query: `# Which action items owed by the Secretariat are still open, across all groups, oldest first?
query SecretariatOpenItems {
  actionItems(filter: { assignee: "Secretariat", status: [OPEN, IN_PROGRESS] }, first: 20) {
    totalCount
    edges {
      node {
        title
        status
        isOverdue
        dueOn
        dueMeeting { title }
        raisedBy { position kind meeting { group { acronym } number } }
        sources { document { symbol } excerpt }
      }
    }
  }
}`,
  },
  {
    title: 'CWG-COP → ITU-D SG2 Q3/2',
    query: `# What has CWG-COP sent to ITU-D SG2 Q3/2, with what purpose, and has it been answered?
query SentToQuestion3 {
  liaisons(filter: { from: "CWG-COP", to: "SG2 Q3/2" }, first: 20) {
    edges {
      node {
        title
        purpose
        status
        awaitingReply
        deadline
        toGroups { acronym }
        replies { title sentOn fromGroup { acronym } }
        sources { document { symbol } excerpt note }
      }
    }
  }
}`,
  },
  {
    title: 'Gap-analysis report',
    query: `# Where is the gap-analysis report now, and what comes next for it, in which group?
query GapAnalysisReport {
  reports(filter: { ownerGroup: "CG-COP" }, first: 10) {
    edges {
      node {
        title
        status
        ownerGroup { acronym }
        nextMilestone { kind plannedFor status group { acronym name } }
        milestones { kind plannedFor status group { acronym } }
      }
    }
  }
}`,
  },
  {
    title: 'CWG-COP meetings',
    query: `# How many people attended each CWG-COP meeting, and which topics came up in the 22nd?
query CwgCopMeetings {
  group(acronym: "CWG-COP") {
    name
    meetings(first: 20) {
      edges {
        node {
          number
          title
          startsOn
          startHalf
          endsOn
          format
          location
          participantCount
          topics { name }
          sources { document { symbol } excerpt }
        }
      }
    }
  }
}`,
  },
  {
    title: 'Age verification',
    query: `# What did the groups say about age verification, across meetings, documents and practices?
query AgeVerification {
  search(query: "age verification", first: 10) {
    rank
    snippet
    node {
      __typename
      ... on Meeting { title }
      ... on Outcome { text }
      ... on BestPractice { title }
      ... on Document { symbol title }
    }
  }
  bestPractices(topic: "age-verification", first: 10) {
    edges { node { title summary topics { name } } }
  }
}`,
  },
  {
    title: 'Overdue replies',
    query: `# Which liaisons await a reply past their deadline?
# replyOverdue: a reply is still awaited and the deadline has passed (a reply that goes out ends it); owesReply: who owes it.
query OverdueReplies {
  liaisons(filter: { replyOverdue: true }, first: 50) {
    totalCount
    edges {
      node {
        title
        deadline
        fromGroup { acronym }
        addressees { group { acronym } owesReply replyOverdue }
      }
    }
  }
}`,
  },
  {
    title: 'What concerns a group',
    query: `# What CWG-COP owes and is owed, late first; its open action items; what it received; what comes next
query WhatConcernsCwgCop {
  group(acronym: "CWG-COP") {
    followUp(since: "2025-01-01") {
      counts { repliesItOwes repliesItOwesOverdue repliesOwedToIt repliesOwedToItOverdue openActionItems overdueActionItems }
      repliesItOwes(first: 10) { edges { node { title deadline replyOverdue fromGroup { acronym } } } }
      repliesOwedToIt(first: 10) { edges { node { title deadline replyOverdue toGroups { acronym } } } }
      openActionItems(first: 10) { edges { node { title dueOn isOverdue } } }
      liaisonsReceived(first: 10) { totalCount edges { node { title sentOn fromGroup { acronym } } } }
      nextMilestones(first: 10) { edges { node { kind plannedFor report { title } group { acronym } } } }
    }
  }
}`,
  },
  {
    title: 'All groups',
    query: `# The groups, their kinds and parents
query Groups {
  groups(first: 50) {
    totalCount
    edges { node { acronym name kind sector aliases mandates parent { acronym } } }
  }
}`,
  },
  {
    title: 'What moved',
    query: `# What moved since a date, in one group: every write is recorded (who, when, before and after).
# To write, put your token in the Headers pane below: {"Authorization": "Bearer lg_…"}
# (the README, "Writing", has the mutations and a walk-through).
query WhatMoved {
  viewer { label role }
  changes(filter: { since: "2025-01-01T00:00:00Z", group: "CWG-COP" }, first: 20) {
    totalCount
    edges { node { at action objectType fields before after by { label role } object { id } } }
  }
}`,
  },
];
