/**
 * The words every widget shows, in English and Korean (`messagesFor(lang)`); each widget's own
 * words are in its folder (`<widget>-messages.ts`), so that an entry point ships only its
 * own. Widgets never show literals, so a Korean page is Korean throughout.
 */
import { formatNumber } from './format-number.js';

export const uiLanguages = ['en', 'ko'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

const en = {
  loading: 'Loading data…',
  errorTitle: 'This data cannot be shown',
  problemCount: (n: number) =>
    n === 1 ? '1 problem found:' : `${formatNumber(n, 'en')} problems found:`,
  wholeFile: 'the file',
  emptyFiltered: 'Nothing matches the current filter.',
  emptyDataset: 'This dataset has no records to show here.',
  clearFilters: 'Clear filters',
  filteredBy: (what: string) => `Filtered: ${what}`,
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  unknown: 'Unknown',
  locationNotStated: 'Location not stated',
  synthetic: 'Synthetic data, generated for testing: not real events.',
  moreProblems: (n: number) => `…and ${formatNumber(n, 'en')} more`,
  close: 'Close',
  date: 'Date',
  location: 'Location',
  category: 'Category',
  outcomes: 'Outcomes',
  peopleAffected: 'People affected',
  sources: 'Sources',
  incident: 'Incident',
  incidents: (n: number) => (n === 1 ? '1 incident' : `${formatNumber(n, 'en')} incidents`),
  showMoreRows: (n: number) => `Show ${formatNumber(n, 'en')} more`,
  dateNotStated: 'Date not stated',
  dateQualified: {
    after: (date: string) => `in or after ${date}`,
    before: (date: string) => `in or before ${date}`,
    about: (date: string) => `about ${date}`,
  },
  atLeast: (n: string) => `at least ${n}`,
  verification: 'Verification',
  verificationNames: {
    verified: 'verified',
    reported: 'reported, not verified',
    alleged: 'alleged, not verified',
  },
  verifiedOnly: 'verified only',
  possibleMatches: (n: number) =>
    `${n === 1 ? '1 of them is' : `${formatNumber(n, 'en')} of them are`} known only by a bound that reaches past this period`,
  placeNote: 'About the place',
  outcomeNames: {
    execution: 'execution',
    imprisonment: 'imprisonment',
    detention: 'detention',
    arrest: 'arrest',
    investigation: 'investigation',
    'prison-camp': 'prison camp',
  } as Record<string, string>,
};

export type Messages = typeof en;

const ko: Messages = {
  loading: '데이터를 불러오는 중…',
  errorTitle: '이 데이터를 표시할 수 없습니다',
  problemCount: (n: number) => `문제 ${formatNumber(n, 'ko')}건:`,
  wholeFile: '파일 전체',
  emptyFiltered: '현재 필터와 일치하는 항목이 없습니다.',
  emptyDataset: '이 데이터셋에는 여기에 표시할 기록이 없습니다.',
  clearFilters: '필터 지우기',
  filteredBy: (what: string) => `필터: ${what}`,
  showTable: '데이터 표 보기',
  hideTable: '데이터 표 숨기기',
  unknown: '알 수 없음',
  locationNotStated: '장소 미상',
  synthetic: '테스트용으로 생성한 합성 데이터입니다. 실제 사건이 아닙니다.',
  moreProblems: (n: number) => `…외 ${formatNumber(n, 'ko')}건`,
  close: '닫기',
  date: '날짜',
  location: '장소',
  category: '분류',
  outcomes: '결과',
  peopleAffected: '피해 인원',
  sources: '출처',
  incident: '사건',
  incidents: (n: number) => `사건 ${formatNumber(n, 'ko')}건`,
  showMoreRows: (n: number) => `${formatNumber(n, 'ko')}건 더 보기`,
  dateNotStated: '날짜 미상',
  dateQualified: {
    after: (date: string) => `${date} 이후`,
    before: (date: string) => `${date} 이전`,
    about: (date: string) => `${date}경`,
  },
  atLeast: (n: string) => `최소 ${n}`,
  verification: '검증',
  verificationNames: {
    verified: '검증됨',
    reported: '보도됨, 검증되지 않음',
    alleged: '주장됨, 검증되지 않음',
  },
  verifiedOnly: '검증된 사건만',
  possibleMatches: (n: number) =>
    `그중 ${formatNumber(n, 'ko')}건은 날짜의 한쪽 경계만 알려져 이 기간 밖일 수도 있음`,
  placeNote: '장소에 관하여',
  outcomeNames: {
    execution: '처형',
    imprisonment: '징역',
    detention: '구금',
    arrest: '체포',
    investigation: '조사',
    'prison-camp': '수용소 송치',
  },
};

const messages: Record<UiLanguage, Messages> = { en, ko };

/** The UI language for a `lang` value: `ko`, `ko-KR` → Korean; anything else → English. */
export function uiLanguage(lang: string | null | undefined): UiLanguage {
  const base = (lang ?? '').toLowerCase().split('-')[0];
  return (uiLanguages as readonly string[]).includes(base ?? '') ? (base as UiLanguage) : 'en';
}

export function messagesFor(lang: string | null | undefined): Messages {
  return messages[uiLanguage(lang)];
}

/** A widget's own words in the UI language of `lang`, from its table of both languages. */
export function wordsFor<Words>(
  table: Readonly<Record<UiLanguage, Words>>,
  lang: string | null | undefined,
): Words {
  return table[uiLanguage(lang)];
}
