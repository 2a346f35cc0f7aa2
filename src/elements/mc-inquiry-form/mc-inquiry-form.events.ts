/** Events of `<mc-inquiry-form>`. Details carry program ids and a status, never personal data. */

/** Detail of `mc-inquire`: the person submitted an inquiry and it was sent or queued. */
export interface McInquireDetail {
  programIds: string[];
  /** `sent`: the endpoint confirmed it; `queued`: saved on the device, sent later. */
  status: 'sent' | 'queued';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-inquire': CustomEvent<McInquireDetail>;
  }
}

export {};
