/** The timeline's own words, in English and Korean (the shared ones: shared/messages.ts). */
import { wordsFor } from '../shared/messages.js';
import { formatNumber } from '../shared/format-number.js';

export const timelineEn = {
  label: 'Incident timeline',
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showAll: 'Show all',
  filterToView: 'Filter to this period',
  clearPeriod: 'Clear period filter',
  categories: 'Categories',
  keyboardHelp:
    'Arrow keys move between incidents, Enter opens one, + and − zoom, Escape closes. To filter a period, zoom to it and choose “Filter to this period”, or drag along the axis.',
  kindDay: 'a day',
  kindUncertain: 'some time in this month or year',
  kindPeriod: 'a period',
  kindBound: 'known only by a bound or roughly: fades out toward what is not known',
  kindUnverified: 'hollow, dotted: reported or alleged, not verified',
  verifiedOnly: 'Verified only',
  undated: (n: number) =>
    n === 1
      ? '1 incident without a stated date'
      : `${formatNumber(n, 'en')} incidents without a stated date`,
  bounded: (n: number, example: string) =>
    `${formatNumber(n, 'en')} dated only by a bound or roughly, such as “${example}”`,
  unverified: (n: number) => `${formatNumber(n, 'en')} reported or alleged, not verified`,
  tableCaption: 'Incidents in the timeline, in time order',
  summary: (count: string, first: string, last: string, peak?: string) =>
    `${count} between ${first} and ${last}${peak ? `; most in ${peak}` : ''}.`,
  summarySame: (count: string, when: string) => `${count} in ${when}.`,
  aggregated: (interval: string) =>
    `Too many incidents to draw one by one: counts per ${interval}. Zoom in to see each incident.`,
  bin: (count: string, period: string, uncertain: number) =>
    `${count} in ${period}${uncertain ? `, ${formatNumber(uncertain, 'en')} of them dated only to a longer period` : ''}`,
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
};

export const timelineKo: typeof timelineEn = {
  label: '사건 타임라인',
  zoom: '확대/축소',
  zoomIn: '확대',
  zoomOut: '축소',
  showAll: '전체 보기',
  filterToView: '이 기간으로 필터',
  clearPeriod: '기간 필터 해제',
  categories: '분류',
  keyboardHelp:
    '화살표 키로 사건 사이를 이동하고, Enter로 열고, +와 −로 확대·축소하며, Esc로 닫습니다. 기간을 필터링하려면 그 기간으로 확대한 뒤 “이 기간으로 필터”를 누르거나 축을 따라 끄세요.',
  kindDay: '하루',
  kindUncertain: '해당 월 또는 연도 중 어느 시점',
  kindPeriod: '기간',
  kindBound: '날짜의 경계나 대략만 알려짐: 알 수 없는 쪽으로 흐려짐',
  kindUnverified: '속이 빈 점선: 보도·주장되었으나 검증되지 않음',
  verifiedOnly: '검증된 사건만',
  undated: (n: number) => `날짜가 밝혀지지 않은 사건 ${formatNumber(n, 'ko')}건`,
  bounded: (n: number, example: string) =>
    `${formatNumber(n, 'ko')}건은 날짜의 경계나 대략만 알려짐(예: “${example}”)`,
  unverified: (n: number) => `${formatNumber(n, 'ko')}건은 보도·주장되었으나 검증되지 않음`,
  tableCaption: '타임라인의 사건 (시간순)',
  summary: (count: string, first: string, last: string, peak?: string) =>
    `${first}부터 ${last}까지 ${count}${peak ? `, 가장 많은 시기는 ${peak}` : ''}.`,
  summarySame: (count: string, when: string) => `${when} ${count}.`,
  aggregated: (interval: string) =>
    `사건이 너무 많아 하나씩 그릴 수 없어 ${interval} 단위 건수로 표시합니다. 확대하면 각 사건이 보입니다.`,
  bin: (count: string, period: string, uncertain: number) =>
    `${period} ${count}${uncertain ? `, 그중 ${formatNumber(uncertain, 'ko')}건은 더 긴 기간으로만 날짜가 알려짐` : ''}`,
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
};

export type TimelineMessages = typeof timelineEn;

/** The timeline's words in the UI language of `lang`. */
export const timelineMessages = (lang: string | null | undefined): TimelineMessages =>
  wordsFor({ en: timelineEn, ko: timelineKo }, lang);
