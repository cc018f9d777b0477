import { ArrayType, Entity, JsonType, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { EditableEntity } from '../platform/database/base.entity.js';

export const GroupKind = {
  COUNCIL: 'COUNCIL',
  COUNCIL_WORKING_GROUP: 'COUNCIL_WORKING_GROUP',
  STUDY_GROUP: 'STUDY_GROUP',
  QUESTION: 'QUESTION',
  CORRESPONDENCE_GROUP: 'CORRESPONDENCE_GROUP',
  BUREAU: 'BUREAU',
  SECRETARIAT: 'SECRETARIAT',
  OTHER: 'OTHER',
} as const;
export type GroupKind = (typeof GroupKind)[keyof typeof GroupKind];

export const Sector = {
  GENERAL_SECRETARIAT: 'GENERAL_SECRETARIAT',
  ITU_T: 'ITU_T',
  ITU_D: 'ITU_D',
  ITU_R: 'ITU_R',
  EXTERNAL: 'EXTERNAL',
} as const;
export type Sector = (typeof Sector)[keyof typeof Sector];

export interface Officer {
  role: string;
  name: string;
}

/**
 * How people type a group: "SG2 Q3/2", "sg17", "CWG COP". Case, spaces, hyphens, dots and
 * underscores do not matter; slashes and digits do.
 */
export function groupLookupKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-_.]+/g, '');
}

/** what a group is matched by: its acronym and every alias, each as groupLookupKey */
export function groupLookupKeys(acronym: string, aliases: readonly string[]): string[] {
  return [...new Set([acronym, ...aliases].map(groupLookupKey))];
}

/** A council, working group, study group, question, correspondence group, bureau or secretariat. */
@Entity({ tableName: 'groups' })
export class Group extends EditableEntity {
  @Property({ type: 'string' })
  acronym!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  kind!: GroupKind;

  @Property({ type: 'string' })
  sector!: Sector;

  @ManyToOne({ entity: () => Group, ref: true, nullable: true })
  parent?: Ref<Group> | null;

  @Property({ type: ArrayType })
  aliases: string[] = [];

  @Property({ type: ArrayType })
  mandates: string[] = [];

  @Property({ type: JsonType })
  officers: Officer[] = [];

  /** groupLookupKey of the acronym and of every alias: what group(acronym:) matches against */
  @Property({ type: ArrayType })
  lookupKeys: string[] = [];

  /** keep lookupKeys in step with acronym and aliases; call after changing either */
  refreshLookupKeys(): void {
    this.lookupKeys = groupLookupKeys(this.acronym, this.aliases);
  }
}
