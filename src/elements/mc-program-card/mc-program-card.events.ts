/** Events of `<mc-program-card>`. Details carry programs and ids, never personal data. */
import type { Program } from '../../core/index-format/index.js';

/** Detail of `mc-program-open`: the person followed the outbound link of a program. */
export interface McProgramOpenDetail {
  programId: string;
}

/**
 * Detail of `mc-inquire-request`: the person pressed "Ask about this program". The host
 * (mc-portal, a page) opens an inquiry form; `mc-inquire` is reserved for an inquiry
 * actually sent or queued.
 */
export interface McInquireRequestDetail {
  /** `program.id`, kept for hosts written when the detail carried the id alone. */
  programId: string;
  /** The program asked about: what `<mc-inquiry-form>`'s `programs` takes (`[program]`). */
  program: Program;
}

/**
 * Detail of `mc-program-unrelated`: the person marked the program as not relevant to the
 * occupation it was recommended for (`unrelated: true`), or undid that (`false`).
 */
export interface McProgramUnrelatedDetail {
  programId: string;
  /** NOC 2021 code of the occupation. */
  occupation: string;
  unrelated: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-program-open': CustomEvent<McProgramOpenDetail>;
    'mc-inquire-request': CustomEvent<McInquireRequestDetail>;
    'mc-program-unrelated': CustomEvent<McProgramUnrelatedDetail>;
  }
}

export {};
