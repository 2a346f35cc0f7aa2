/** Events of `<mc-labour-market>`. Details carry codes, never personal data. */

/** Detail of `mc-region-change`: the person picked the region whose wages are shown. */
export interface McRegionChangeDetail {
  /** Job Bank economic region code, e.g. `ER3510` (Ottawa), or `ER35` (Ontario). */
  region: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-region-change': CustomEvent<McRegionChangeDetail>;
  }
}

export {};
