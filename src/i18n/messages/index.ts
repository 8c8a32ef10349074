import type { Locale } from '../../domain/locales';
import { en, type Messages } from './en';
import { zhCN } from './zh-CN';
import { zhHK } from './zh-HK';

export const MESSAGES: Record<Locale, Messages> = { en, 'zh-HK': zhHK, 'zh-CN': zhCN };
export type { Messages };
