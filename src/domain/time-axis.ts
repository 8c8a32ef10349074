/** The first year the slider offers: Hong Kong became a Special Administrative Region in 1997. */
export const FIRST_YEAR = 1997;

/** Which date places a tie in time: its signature or its entry into force. */
export type DateBasis = 'signed' | 'inForce';

/** How the timeline counts: one per agreement and partner economy, or a bloc agreement once. */
export type CountRule = 'partner' | 'agreement';
