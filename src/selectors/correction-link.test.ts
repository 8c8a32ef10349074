import { describe, expect, it } from 'vitest';
import { correctionUrl, missionCorrection, tieCorrection } from './correction-link';
import { makeMission as mission, makeTie as tie } from '../testing/test-factories';
import { iso2 } from '../domain/primitives';

const REPO = 'https://github.com/example/atlas';
const params = (url: string) => new URL(url).searchParams;

describe('Report a correction', () => {
  it('opens a new issue in the configured repository, labelled and titled with the record id', () => {
    const url = correctionUrl(REPO, tieCorrection(tie({ agreementId: 'cdta-ru', partner: iso2('RU') })), '2026-12-05.100301fd');
    expect(url.startsWith(`${REPO}/issues/new?`)).toBe(true);
    expect(params(url).get('title')).toBe('Correction: cdta-ru / RU');
    expect(params(url).get('labels')).toBe('correction');
  });

  it('prefills each field with the value shown and its source, and the data version', () => {
    const t = tie({
      agreementId: 'cdta-ru',
      partner: iso2('RU'),
      status: 'signed',
      signed: '2015-10',
      inForce: null,
      signedSource: 'https://www.ird.gov.hk/x',
    });
    const body = params(correctionUrl(REPO, tieCorrection(t), 'v1')).get('body')!;
    expect(body).toContain('Record: cdta-ru / RU\n');
    expect(body).toContain('Data version: v1\n');
    expect(body).toContain(`| status | signed | ${t.statusSource} |`);
    expect(body).toContain('| signed | 2015-10 | https://www.ird.gov.hk/x |');
    expect(body).toContain(`| in_force | (not recorded) | ${t.sourceUrl} |`);
    expect(body).not.toContain('agreement_name_zh');
  });

  it('offers a Chinese name for correction with the page that states it', () => {
    const t = tie({ agreementNameZh: '中國香港與新西蘭緊密經貿合作協定', agreementNameZhSource: 'https://www.info.gov.hk/zh' });
    const body = params(correctionUrl(REPO, tieCorrection(t), 'v1')).get('body')!;
    expect(body).toContain('| agreement_name_zh | 中國香港與新西蘭緊密經貿合作協定 | https://www.info.gov.hk/zh |');
  });

  it('covers missions with their dates page and MOU page', () => {
    const m = mission({ missionId: 'ce-2025-me', mousSigned: 59, mousSource: 'https://www.info.gov.hk/m' });
    const body = params(correctionUrl(`${REPO}/`, missionCorrection(m), null)).get('body')!;
    expect(body).toContain('| mous_signed | 59 | https://www.info.gov.hk/m |');
    expect(body).not.toContain('Data version');
  });
});
