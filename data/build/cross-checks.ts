/**
 * Checks that need more than one row: duplicates, impossible date orders, unknown economies and
 * references to agreements that do not exist. Each error names the file, row and field.
 */
import { isCertainlyBefore } from '../../src/domain/primitives';
import { tierOf } from '../../src/domain/source-hosts';
import { SIGNED_OR_LATER_STATUSES } from '../../src/domain/statuses';
import type { DataError } from './data-error';
import type { Located, Sources } from './read-sources';

function at(l: Located<unknown>, field: string, message: string): DataError {
  return { file: l.file, row: l.row, line: l.line, field, message };
}

function duplicates<T>(items: Located<T>[], key: (r: T) => string, field: string, what: string): DataError[] {
  const seen = new Map<string, Located<T>>();
  const errors: DataError[] = [];
  for (const item of items) {
    const k = key(item.record);
    const first = seen.get(k);
    if (first) errors.push(at(item, field, `duplicate ${what} "${k}" (first at row ${first.row} of ${first.file})`));
    else seen.set(k, item);
  }
  return errors;
}

export function crossCheck(s: Sources): DataError[] {
  const errors: DataError[] = [];
  const known = new Set(s.economies.map((e) => e.record.iso2 as string));
  const unknown = (l: Located<unknown>, field: string, codes: readonly string[]) => {
    for (const code of codes) if (!known.has(code)) errors.push(at(l, field, `unknown economy "${code}" (not in economies.csv)`));
  };

  errors.push(...duplicates(s.economies, (e) => e.iso2, 'iso2', 'economy'));
  errors.push(...duplicates(s.ties, (t) => `${t.agreementId} / ${t.partner}`, 'partner_iso2', 'agreement and partner'));
  const names = new Map<string, string>();
  for (const l of s.ties) {
    const t = l.record;
    unknown(l, 'partner_iso2', [t.partner]);
    if (t.partner === 'HK') errors.push(at(l, 'partner_iso2', 'Hong Kong is the hub of every tie, not a partner'));
    if (t.signed && t.inForce && isCertainlyBefore(t.inForce, t.signed))
      errors.push(at(l, 'in_force', `entry into force ${t.inForce} is before signature ${t.signed}`));
    const start = t.inForce ?? t.signed;
    if (t.terminated && start && isCertainlyBefore(t.terminated, start))
      errors.push(at(l, 'terminated', `termination ${t.terminated} is before ${start}`));
    // Missing facts are never silent: the row says where they were looked for, and About lists them.
    const needsSearched = (field: string, why: string) => {
      if (!t.searched) errors.push(at(l, field, `${why}: say in "searched" where it was looked for`));
    };
    if (t.status === 'in_force' && !t.inForce) needsSearched('in_force', 'in force with no entry-into-force date');
    if (t.status === 'signed') needsSearched('status', 'signed with no entry into force recorded');
    if (SIGNED_OR_LATER_STATUSES.includes(t.status) && !t.signed) needsSearched('signed', `${t.status} with no signature date`);
    if ((t.status === 'terminated' || t.status === 'superseded') && !t.terminated) needsSearched('terminated', `${t.status} with no date`);
    const name = names.get(t.agreementId);
    if (name !== undefined && name !== t.agreementName)
      errors.push(at(l, 'agreement_name', `differs from "${name}" given for the same agreement_id`));
    names.set(t.agreementId, t.agreementName);
  }

  const agreements = new Set(s.ties.map((t) => t.record.agreementId));
  for (const l of s.protocols) {
    if (!agreements.has(l.record.agreementId)) errors.push(at(l, 'agreement_id', `no agreement "${l.record.agreementId}" in ties/`));
    const { signed, inForce } = l.record;
    if (signed && inForce && inForce < signed) errors.push(at(l, 'in_force', `entry into force ${inForce} is before signature ${signed}`));
  }

  errors.push(...duplicates(s.offices, (o) => o.officeId, 'office_id', 'office'));
  for (const l of s.offices) {
    unknown(l, 'country_iso2', [l.record.country]);
    unknown(l, 'covers', l.record.covers);
    if (!l.record.opened && !l.record.searched) errors.push(at(l, 'opened', 'no opening date: say in "searched" where it was looked for'));
  }

  errors.push(...duplicates(s.missions, (m) => m.missionId, 'mission_id', 'mission'));
  for (const l of s.missions) {
    unknown(l, 'destinations', l.record.destinations);
    if (l.record.end && isCertainlyBefore(l.record.end, l.record.start))
      errors.push(at(l, 'end', `end ${l.record.end} is before start ${l.record.start}`));
    if ((!l.record.end || l.record.mousSigned === null) && !l.record.searched) {
      errors.push(at(l, l.record.end ? 'mous_signed' : 'end', 'a fact is missing: say in "searched" where it was looked for'));
    }
  }

  errors.push(...duplicates(s.beltAndRoad, (b) => b.partner, 'partner_iso2', 'partner'));
  for (const l of s.beltAndRoad) unknown(l, 'partner_iso2', [l.record.partner]);

  // Groupings: known members, one id and one short name each, and every bloc named in ties/ is a
  // grouping that lists the tie's partner (so a bloc name finds its members in the search).
  errors.push(...duplicates(s.groupings, (g) => g.groupingId, 'grouping_id', 'grouping'));
  errors.push(...duplicates(s.groupings, (g) => g.short, 'short', 'grouping short name'));
  for (const l of s.groupings) unknown(l, 'members', l.record.members);
  const groupingByShort = new Map(s.groupings.map((g) => [g.record.short, g.record]));
  for (const l of s.ties) {
    const bloc = l.record.bloc;
    if (!bloc) continue;
    const grouping = groupingByShort.get(bloc);
    if (!grouping) errors.push(at(l, 'bloc', `bloc "${bloc}" is not a grouping in groupings.csv (short)`));
    else if (!grouping.members.includes(l.record.partner))
      errors.push(at(l, 'partner_iso2', `${l.record.partner} is not a member of ${bloc} in groupings.csv`));
  }

  errors.push(...duplicates(s.milestones, (m) => m.milestoneId, 'milestone_id', 'milestone'));
  for (const l of s.milestones) {
    unknown(l, 'partners', l.record.partners);
    const related = l.record.relatedAgreementId;
    if (related && !agreements.has(related)) errors.push(at(l, 'related_agreement_id', `no agreement "${related}" in ties/`));
  }

  errors.push(...duplicates(s.headline, (h) => h.metric, 'metric', 'headline metric'));
  // A gap that a record now fills must go, or the reconciliation would count the item twice.
  const partnersOf = (type: string) => new Set(s.ties.filter((t) => t.record.tieType === type).map((t) => t.record.partner as string));
  const gapTypes: Record<string, string> = {
    cdta_jurisdictions: 'cdta',
    fta_economies: 'fta',
    aeo_mra_count: 'aeo_mra',
    ippa_agreements: 'ippa',
  };
  for (const l of s.headlineGaps) {
    const type = gapTypes[l.record.metric];
    if (type && partnersOf(type).has(l.record.item))
      errors.push(at(l, 'item', `"${l.record.item}" now has a ${type} record: remove the gap`));
  }
  errors.push(...checkDisagreements(s));
  return errors;
}

/**
 * Each disagreement names a real record and fact, differs from the value kept, and comes from a
 * page of no higher tier than the kept value's: a higher tier always wins.
 */
function checkDisagreements(s: Sources): DataError[] {
  const errors: DataError[] = [];
  const kept = new Map<string, { value: string | null; source: string | null }>();
  const key = (id: string, partner: string | null, field: string) => `${id}|${partner ?? ''}|${field}`;
  for (const { record: t } of s.ties) {
    const partner = t.bloc ? t.partner : null;
    kept.set(key(t.agreementId, partner, 'status'), { value: t.status, source: t.statusSource });
    kept.set(key(t.agreementId, partner, 'signed'), { value: t.signed, source: t.signedSource });
    kept.set(key(t.agreementId, partner, 'in_force'), { value: t.inForce, source: t.inForceSource });
    kept.set(key(t.agreementId, partner, 'terminated'), { value: t.terminated, source: t.terminatedSource });
  }
  for (const { record: o } of s.offices) kept.set(key(o.officeId, null, 'opened'), { value: o.opened, source: o.openedSource });
  for (const { record: m } of s.missions) {
    kept.set(key(m.missionId, null, 'start'), { value: m.start, source: m.datesSource });
    kept.set(key(m.missionId, null, 'end'), { value: m.end, source: m.end ? m.datesSource : null });
    kept.set(key(m.missionId, null, 'mous_signed'), { value: m.mousSigned === null ? null : String(m.mousSigned), source: m.mousSource });
  }
  for (const l of s.disagreements) {
    const d = l.record;
    const k = kept.get(key(d.recordId, d.partner, d.field));
    if (!k) {
      errors.push(
        at(
          l,
          'record_id',
          `no record "${d.recordId}"${d.partner ? ` for ${d.partner}` : ''} with a ${d.field} fact (bloc rows need partner_iso2)`,
        ),
      );
      continue;
    }
    if (k.value === null) errors.push(at(l, 'value', `the record keeps no ${d.field}: put the value in the record with its source`));
    if (k.value === d.value) errors.push(at(l, 'value', `"${d.value}" is the value the record keeps: not a disagreement`));
    if (k.source && tierOf(d.sourceUrl) < tierOf(k.source)) {
      errors.push(
        at(
          l,
          'source_url',
          `a tier-${tierOf(d.sourceUrl)} page disagrees with a value kept from a tier-${tierOf(k.source)} page: the higher tier's value must be kept`,
        ),
      );
    }
  }
  return errors;
}
