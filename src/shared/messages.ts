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
  close: 'Close',
  date: 'Date',
  location: 'Location',
  category: 'Category',
  outcomes: 'Outcomes',
  peopleAffected: 'People affected',
  sources: 'Sources',
  incident: 'Incident',
  incidents: (n: number) => (n === 1 ? '1 incident' : `${n.toLocaleString('en')} incidents`),
  showMoreRows: (n: number) => `Show ${n.toLocaleString('en')} more`,
  outcomeNames: {
    execution: 'execution',
    imprisonment: 'imprisonment',
    detention: 'detention',
    arrest: 'arrest',
    investigation: 'investigation',
    'prison-camp': 'prison camp',
  } as Record<string, string>,
  timeline: {
    label: 'Incident timeline',
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    showAll: 'Show all',
    filterToView: 'Filter to this period',
    clearPeriod: 'Clear period filter',
    categories: 'Categories',
    keyboardHelp:
      'Arrow keys move between incidents, Enter opens one, + and − zoom, Escape closes. Drag the axis to filter a period.',
    kindDay: 'a day',
    kindUncertain: 'some time in this month or year',
    kindPeriod: 'a period',
    tableCaption: 'Incidents in the timeline, in time order',
    summary: (count: string, first: string, last: string, peak?: string) =>
      `${count} between ${first} and ${last}${peak ? `; most in ${peak}` : ''}.`,
    summarySame: (count: string, when: string) => `${count} in ${when}.`,
    aggregated: (interval: string) =>
      `Too many incidents to draw one by one: counts per ${interval}. Zoom in to see each incident.`,
    bin: (count: string, period: string, uncertain: number) =>
      `${count} in ${period}${uncertain ? `, ${uncertain} of them dated only to a longer period` : ''}`,
    intervals: {
      day: 'day',
      '2 days': 'two days',
      week: 'week',
      month: 'month',
      quarter: 'quarter',
      'half year': 'half year',
      year: 'year',
      '2 years': 'two years',
      '5 years': 'five years',
      '10 years': 'ten years',
      '25 years': '25 years',
      '50 years': '50 years',
    } as Record<string, string>,
  },
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
  close: '닫기',
  date: '날짜',
  location: '장소',
  category: '분류',
  outcomes: '결과',
  peopleAffected: '피해 인원',
  sources: '출처',
  incident: '사건',
  incidents: (n: number) => `사건 ${n.toLocaleString('ko')}건`,
  showMoreRows: (n: number) => `${n.toLocaleString('ko')}건 더 보기`,
  outcomeNames: {
    execution: '처형',
    imprisonment: '징역',
    detention: '구금',
    arrest: '체포',
    investigation: '조사',
    'prison-camp': '수용소 송치',
  },
  timeline: {
    label: '사건 타임라인',
    zoom: '확대/축소',
    zoomIn: '확대',
    zoomOut: '축소',
    showAll: '전체 보기',
    filterToView: '이 기간으로 필터',
    clearPeriod: '기간 필터 해제',
    categories: '분류',
    keyboardHelp:
      '화살표 키로 사건 사이를 이동하고, Enter로 열고, +와 −로 확대·축소하며, Esc로 닫습니다. 축을 끌어 기간을 필터링할 수 있습니다.',
    kindDay: '하루',
    kindUncertain: '해당 월 또는 연도 중 어느 시점',
    kindPeriod: '기간',
    tableCaption: '타임라인의 사건 (시간순)',
    summary: (count: string, first: string, last: string, peak?: string) =>
      `${first}부터 ${last}까지 ${count}${peak ? `, 가장 많은 시기는 ${peak}` : ''}.`,
    summarySame: (count: string, when: string) => `${when} ${count}.`,
    aggregated: (interval: string) =>
      `사건이 너무 많아 하나씩 그릴 수 없어 ${interval} 단위 건수로 표시합니다. 확대하면 각 사건이 보입니다.`,
    bin: (count: string, period: string, uncertain: number) =>
      `${period} ${count}${uncertain ? `, 그중 ${uncertain}건은 더 긴 기간으로만 날짜가 알려짐` : ''}`,
    intervals: {
      day: '일',
      '2 days': '2일',
      week: '주',
      month: '월',
      quarter: '분기',
      'half year': '반기',
      year: '연',
      '2 years': '2년',
      '5 years': '5년',
      '10 years': '10년',
      '25 years': '25년',
      '50 years': '50년',
    },
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
