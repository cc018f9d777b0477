import { Extensions, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { embedded, free } from './cost-estimates.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { InputErrors } from '../errors/input-check.js';

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'The closed list of error codes, in `extensions.code` of errors and in `userErrors`.',
});

@ObjectType('UserError', { description: 'Why a mutation changed nothing: the input field at fault, a message, and a code.' })
export class UserErrorType {
  @Field(() => String, { nullable: true, description: 'The input field at fault, e.g. "deadline" or "to[1].group"; null when no one field is.' })
  field!: string | null;

  @Field(() => String, { description: 'What is wrong, in words a person can act on.' })
  message!: string;

  @Field(() => ErrorCode, { description: 'BAD_USER_INPUT, NOT_FOUND, CONFLICT or INVALID_TRANSITION.' })
  code!: ErrorCode;

  @Field(() => Int, { nullable: true, description: 'For CONFLICT: the version the object has now (reload it, then retry with this version).' })
  currentVersion!: number | null;
}

/** Codes that are the input's fault: a mutation reports them in userErrors. The others are errors. */
export const USER_ERROR_CODES: readonly ErrorCode[] = [
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.INVALID_TRANSITION,
];

function toUserError(error: AppError): UserErrorType {
  const currentVersion = error.details?.currentVersion;
  return {
    field: error.field ?? null,
    message: error.message,
    code: error.code,
    currentVersion: typeof currentVersion === 'number' ? currentVersion : null,
  };
}

export type Payload<K extends string, T> = { [key in K]: T | null } & { userErrors: UserErrorType[] };

/**
 * Runs a mutation's service call and shapes its payload: the changed object under `key`, or
 * the input's problems as userErrors (and the object null). UNAUTHENTICATED, FORBIDDEN and
 * anything unexpected stay errors.
 */
export async function mutationPayload<K extends string, T>(key: K, run: () => Promise<T>): Promise<Payload<K, T>> {
  try {
    const value = await run();
    return { [key]: value, userErrors: [] } as Payload<K, T>;
  } catch (error) {
    if (error instanceof InputErrors) {
      return { [key]: null, userErrors: error.problems.map(toUserError) } as Payload<K, T>;
    }
    if (error instanceof AppError && USER_ERROR_CODES.includes(error.code)) {
      return { [key]: null, userErrors: [toUserError(error)] } as Payload<K, T>;
    }
    throw error;
  }
}

/**
 * Declares `<Name>Payload { <key>: <Name>, userErrors }`: what a mutation on one kind of object
 * returns (the object as it is after the write, or null and the userErrors).
 */
export function PayloadType(nodeType: ClassType, key: string, name: string) {
  @ObjectType(`${name}Payload`, { description: `The result of a mutation on a ${name}: the ${name} after the write, or null and userErrors.` })
  class PayloadClass {
    @Field(() => [UserErrorType], { description: 'Why nothing was written; empty on success.' })
    @Extensions({ cost: embedded(10) })
    userErrors!: UserErrorType[];
  }
  Field(() => nodeType, { nullable: true, description: `The ${name} as it is after the write; null when userErrors is not empty.` })(PayloadClass.prototype, key);
  // what a mutation returns is the object it wrote: already in hand
  Extensions({ cost: free })(PayloadClass.prototype, key);
  return PayloadClass;
}
