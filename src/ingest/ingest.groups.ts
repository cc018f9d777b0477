/**
 * Groups as people write them: "ITU-D Study Group 2 Question 3/2", "SG17", "the Secretariat",
 * "CWGCOP". The names come from the graph (each group's acronym, name and aliases), so a new
 * alias recorded on a group is understood by the next ingestion.
 */
export interface KnownGroup {
  acronym: string;
  name: string;
  aliases: readonly string[];
  /** the group's kind (SECRETARIAT, STUDY_GROUP, …) */
  kind?: string;
}

export interface GroupMention {
  acronym: string;
  /** where in the sentence the name starts and ends */
  start: number;
  end: number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** a name's pattern: spaces, hyphens and non-breaking spaces written alike */
function namePattern(name: string): string {
  return escape(name).replace(/(?:\\-|\s|\u00a0)+/g, '[\\s\\u00a0-]*');
}

export class GroupNames {
  private readonly pattern: RegExp;
  private readonly byName = new Map<string, string>();

  constructor(groups: readonly KnownGroup[]) {
    const names: string[] = [];
    for (const group of groups) {
      for (const name of [group.acronym, group.name, ...group.aliases]) {
        this.byName.set(normal(name), group.acronym);
        names.push(name);
      }
    }
    // longest first, so "ITU-D Study Group 2 Question 3/2" wins over "ITU-D Study Group 2"
    names.sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(`(?<![\\w/-])(?:${names.map(namePattern).join('|')})(?![\\w/-])`, 'gi');
  }

  /** the groups a text names, in order, longest names first where they overlap */
  mentions(text: string): GroupMention[] {
    const found: GroupMention[] = [];
    for (const match of text.matchAll(this.pattern)) {
      const acronym = this.byName.get(normal(match[0]));
      if (acronym) found.push({ acronym, start: match.index, end: match.index + match[0].length });
    }
    return found;
  }

  /** the group a phrase names exactly (e.g. a captured subject), or null */
  resolve(phrase: string): string | null {
    const trimmed = phrase.replace(/^(?:the|ITU's)\s+/i, '').trim();
    const whole = this.mentions(trimmed);
    return whole.length === 1 && whole[0]!.start === 0 && whole[0]!.end === trimmed.length ? whole[0]!.acronym : null;
  }

  /** the regular expression source that matches any known name (for rules that embed it) */
  get source(): string {
    return this.pattern.source;
  }
}

function normal(name: string): string {
  return name.toLowerCase().replace(/[\s\u00a0-]+/g, '');
}
