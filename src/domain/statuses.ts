/** Lifecycle of an agreement, in the order a tie usually moves through it. */
export const STATUSES = ['negotiating', 'concluded', 'signed', 'in_force', 'terminated', 'superseded'] as const;
export type Status = (typeof STATUSES)[number];

/** A tie "counts" as live when it is in force; signed/concluded/negotiating are the pipeline. */
export const PIPELINE_STATUSES: readonly Status[] = ['negotiating', 'concluded', 'signed'];
export const ENDED_STATUSES: readonly Status[] = ['terminated', 'superseded'];
/** Signed or later in the lifecycle: the statuses for which a signature (and so a signing day) exists. */
export const SIGNED_OR_LATER_STATUSES: readonly Status[] = STATUSES.slice(STATUSES.indexOf('signed'));
