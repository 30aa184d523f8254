/**
 * Every string the widgets show, in English and Korean. Widgets take their words from here
 * (`messagesFor(lang)`), never from literals, so a Korean page is Korean throughout.
 */
export const uiLanguages = ['en', 'ko'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

const en = {
  loading: 'Loading data…',
  errorTitle: 'This data cannot be shown',
  problemCount: (n: number) => (n === 1 ? '1 problem found:' : `${n} problems found:`),
  wholeFile: 'the file',
  emptyFiltered: 'Nothing matches the current filter.',
  emptyDataset: 'This dataset has no records to show here.',
  clearFilters: 'Clear filters',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  unknown: 'Unknown',
  locationNotStated: 'Location not stated',
  synthetic: 'Synthetic data, generated for testing: not real events.',
  moreProblems: (n: number) => `…and ${n} more`,
};

export type Messages = typeof en;

const ko: Messages = {
  loading: '데이터를 불러오는 중…',
  errorTitle: '이 데이터를 표시할 수 없습니다',
  problemCount: (n: number) => `문제 ${n}건:`,
  wholeFile: '파일 전체',
  emptyFiltered: '현재 필터와 일치하는 항목이 없습니다.',
  emptyDataset: '이 데이터셋에는 여기에 표시할 기록이 없습니다.',
  clearFilters: '필터 지우기',
  showTable: '데이터 표 보기',
  hideTable: '데이터 표 숨기기',
  unknown: '알 수 없음',
  locationNotStated: '장소 미상',
  synthetic: '테스트용으로 생성한 합성 데이터입니다. 실제 사건이 아닙니다.',
  moreProblems: (n: number) => `…외 ${n}건`,
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
