import { describe, expect, it } from 'vitest';
import { localeFromBrowser, localeOfPage } from './locales';

describe('localeFromBrowser', () => {
  it('maps Chinese variants to Traditional or Simplified', () => {
    expect(localeFromBrowser(['zh-HK', 'en'])).toBe('zh-HK');
    expect(localeFromBrowser(['zh-Hant-TW'])).toBe('zh-HK');
    expect(localeFromBrowser(['zh-CN'])).toBe('zh-CN');
    expect(localeFromBrowser(['zh'])).toBe('zh-CN');
  });

  it('takes the first language it has, else English', () => {
    expect(localeFromBrowser(['fr-FR', 'zh-TW'])).toBe('zh-HK');
    expect(localeFromBrowser(['en-GB', 'zh-HK'])).toBe('en');
    expect(localeFromBrowser(['de'])).toBe('en');
    expect(localeFromBrowser([])).toBe('en');
  });
});

describe('localeOfPage', () => {
  it("takes the address's language when the atlas has it, else the browser's", () => {
    expect(localeOfPage('?lang=zh-CN&economy=NZ', ['en-GB'])).toBe('zh-CN');
    expect(localeOfPage('?lang=fr', ['zh-HK'])).toBe('zh-HK');
    expect(localeOfPage('', ['en-US'])).toBe('en');
  });
});
