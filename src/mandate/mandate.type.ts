import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../platform/graphql/node.js';
import { DateScalar } from '../platform/graphql/scalars.js';
import { AdoptingBody, ClauseAsk } from './mandate.entity.js';
import { CoverageStatus } from './mandate.rules.js';

registerEnumType(AdoptingBody, {
  name: 'AdoptingBody',
  description: 'The body that adopted a resolution: the Plenipotentiary Conference, the Council, a sector\'s conference or assembly, or another.',
});
registerEnumType(ClauseAsk, {
  name: 'ClauseAsk',
  description:
    'What a clause asks, in the form the graph checks: LIAISE_WITH a group, CONSULT a constituency at meetings, PUBLISH documents publicly, REPORT_TO a body; PARTICIPATION of stakeholders and OTHER are text only.',
});
registerEnumType(CoverageStatus, {
  name: 'CoverageStatus',
  description:
    'What the graph shows of a clause being carried out: MET, PARTLY, NO_EVIDENCE (nothing since a date), NOT_CHECKABLE (the clause asks nothing the graph records).',
});

@ObjectType('Resolution', {
  implements: Node,
  description: 'A resolution groups work under, e.g. Resolution 179 (Rev. Bucharest, 2022) of the Plenipotentiary Conference, with its clauses in order.',
})
export class ResolutionType extends Node {
  @Field(() => String, { description: 'The bundle\'s natural key, e.g. "pp-179-bucharest-2022".' })
  key!: string;

  @Field(() => String, { description: 'The number as the adopting body gives it: "179", "1306".' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'The revision or modification as cited: "Rev. Bucharest, 2022", "Mod. 2015".' })
  revision!: string | null;

  @Field(() => String, { nullable: true, description: 'Its title, when the sources give one.' })
  title!: string | null;

  @Field(() => AdoptingBody, { description: 'The body that adopted it.' })
  adoptedBy!: AdoptingBody;
}

@ObjectType('Clause', {
  implements: Node,
  description: 'One clause of a resolution: its verbatim text, the group it asks to act and what it asks, with the coverage the graph shows.',
})
export class ClauseType extends Node {
  @Field(() => Int, { description: '1-based, in the resolution\'s order.' })
  position!: number;

  @Field(() => String, { description: 'The clause as the source quotes it.' })
  text!: string;

  @Field(() => ClauseAsk, { description: 'What it asks, in the form the graph checks.' })
  ask!: ClauseAsk;

  @Field(() => String, { nullable: true, description: 'CONSULT: who is consulted, in words ("youth").' })
  constituency!: string | null;

  @Field(() => String, { nullable: true, description: 'REPORT_TO: how often, in words.' })
  interval!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The start of the period the clause is checked over (open when absent).' })
  periodStart!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The end of the period the clause is checked over (open when absent).' })
  periodEnd!: string | null;
}

@ObjectType('ClauseCoverage', { description: 'What the graph shows of a clause being carried out: derived from the graph, never typed (see the rule in the API docs of CoverageStatus).' })
export class ClauseCoverageType {
  @Field(() => CoverageStatus, { description: 'MET, PARTLY, NO_EVIDENCE or NOT_CHECKABLE.' })
  status!: CoverageStatus;

  @Field(() => DateScalar, { nullable: true, description: 'NO_EVIDENCE: the graph holds nothing since this date (the period\'s start, else the group\'s first recorded meeting).' })
  since!: string | null;

  @Field(() => String, { description: 'What was checked, in words.' })
  rule!: string;
}
