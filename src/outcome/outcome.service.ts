import { AppError } from '../platform/errors/app-error.js';

/** Errors about outcomes (writes come in a later issue). */
export class OutcomeError extends AppError {}
