/**
 * "Report a correction": a link to a new issue in the project's repository, prefilled with the
 * record's id, each field as shown with the page it comes from, and the data version, so a
 * correction arrives with what the curator needs to check it (data/README.md: how it becomes a release).
 */
import type { Mission, Office, Tie } from '../domain/records';

export interface CorrectionFact {
  field: string;
  value: string;
  source: string;
}
export interface CorrectionRecord {
  /** The record's key in the data: agreement id and partner, office id or mission id. */
  id: string;
  label: string;
  facts: CorrectionFact[];
}

const shown = (v: string | number | null) => (v === null ? '(not recorded)' : String(v));

export function tieCorrection(t: Tie): CorrectionRecord {
  return {
    id: `${t.agreementId} / ${t.partner}`,
    label: t.agreementName,
    facts: [
      { field: 'status', value: t.status, source: t.statusSource },
      { field: 'signed', value: shown(t.signed), source: t.signedSource ?? t.sourceUrl },
      { field: 'in_force', value: shown(t.inForce), source: t.inForceSource ?? t.sourceUrl },
      ...(t.terminated ? [{ field: 'terminated', value: t.terminated, source: t.terminatedSource ?? t.sourceUrl }] : []),
      ...(t.suspended ? [{ field: 'suspended', value: t.suspended, source: t.suspendedSource ?? t.sourceUrl }] : []),
      ...(t.agreementNameZh && t.agreementNameZhSource
        ? [{ field: 'agreement_name_zh', value: t.agreementNameZh, source: t.agreementNameZhSource }]
        : []),
    ],
  };
}

export function officeCorrection(o: Office): CorrectionRecord {
  return {
    id: o.officeId,
    label: o.name,
    facts: [
      { field: 'city', value: o.city, source: o.sourceUrl },
      { field: 'covers', value: o.covers.join(';'), source: o.sourceUrl },
      { field: 'opened', value: shown(o.opened), source: o.openedSource ?? o.sourceUrl },
    ],
  };
}

export function missionCorrection(m: Mission): CorrectionRecord {
  return {
    id: m.missionId,
    label: m.name,
    facts: [
      { field: 'start', value: m.start, source: m.datesSource },
      { field: 'end', value: shown(m.end), source: m.datesSource },
      { field: 'destinations', value: m.destinations.join(';'), source: m.sourceUrl },
      { field: 'mous_signed', value: shown(m.mousSigned), source: m.mousSource ?? m.sourceUrl },
    ],
  };
}

/** The new-issue address, with title, body and label prefilled. */
export function correctionUrl(repositoryUrl: string, record: CorrectionRecord, version: string | null): string {
  const body = [
    `Record: ${record.id}`,
    `Name: ${record.label}`,
    ...(version ? [`Data version: ${version}`] : []),
    '',
    '| Field | Value shown | Source |',
    '| --- | --- | --- |',
    ...record.facts.map((f) => `| ${f.field} | ${f.value} | ${f.source} |`),
    '',
    'Which field is wrong, what should it be, and which page states it?',
    '',
  ].join('\n');
  const params = new URLSearchParams({ title: `Correction: ${record.id}`, body, labels: 'correction' });
  return `${repositoryUrl.replace(/\/$/, '')}/issues/new?${params}`;
}
