/** The recommendation tracker's words, in English and Korean (the shared ones: shared/messages.ts). */
import { wordsFor } from '../shared/messages.js';
import { formatNumber } from '../shared/format-number.js';

const enCount = (n: number) => formatNumber(n, 'en');
const koCount = (n: number) => formatNumber(n, 'ko');
const enThemes = (n: number) =>
  n === 0 ? '' : n === 1 ? ', in 1 theme' : `, in ${enCount(n)} themes`;

export const trackerEn = {
  label: 'Recommendations',
  reviews: 'Reviews',
  cycle: (n: number) => `cycle ${n}`,
  responseNames: {
    supported: 'Supported',
    noted: 'Noted',
    pending: 'Pending',
    unknown: 'Unknown',
  } as Record<string, string>,
  implementationNames: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    implemented: 'Implemented',
    regressed: 'Regressed',
    unknown: 'Unknown',
  } as Record<string, string>,
  noTheme: 'Other / no theme',
  theme: 'Theme',
  themes: 'Themes',
  response: 'Response',
  implementation: 'Implementation',
  recommendingStates: 'Recommending states',
  recommendation: 'Recommendation',
  search: 'Search',
  allThemes: 'All themes',
  allResponses: 'All responses',
  allImplementation: 'Any implementation',
  allStates: 'All states',
  filters: 'Filter recommendations',
  showing: (shown: number, total: number) => `Showing ${enCount(shown)} of ${enCount(total)}`,
  sharedQuery: (query: string) => `also matching the shared search “${query}”`,
  /** The honest arithmetic: "206 recommendations received; 6 listed here, in 6 themes". */
  received: (n: number) =>
    n === 1 ? '1 recommendation received' : `${enCount(n)} recommendations received`,
  countNotStated: 'total number received not stated',
  listed: (listed: number, themes: number) =>
    listed === 0
      ? 'none listed in this dataset'
      : `${enCount(listed)} listed here${enThemes(themes)}`,
  listedOnly: (listed: number, themes: number) =>
    `${listed === 1 ? '1 recommendation' : `${enCount(listed)} recommendations`} listed${enThemes(themes)}`,
  responsesNotRecorded: 'responses not recorded in this dataset',
  implementationNotRecorded: 'implementation not recorded in this dataset',
  responsesRecorded: (parts: string) => `responses: ${parts}`,
  implementationRecorded: (parts: string) => `implementation: ${parts}`,
  part: (count: number, name: string) => `${enCount(count)} ${name.toLowerCase()}`,
  notListed: (n: number) => `${enCount(n)} not listed in this dataset`,
  byResponse: 'By response',
  byImplementation: 'By implementation',
  segment: (name: string, count: number, percent: string) =>
    `${name}: ${enCount(count)} (${percent})`,
  noRecommendations: 'No recommendations of this review are listed in this dataset.',
  tableCaption: (review: string) => `Recommendations of ${review}`,
  showMore: (n: number, left: number) => `Show ${enCount(n)} more (${enCount(left)} not yet shown)`,
  keyboardHelp:
    'Arrow keys move between recommendations, Enter opens one to read it in full, Escape closes it.',
  context: 'Incidents in the same period',
  contextSummary: (count: string, from: string, to: string) =>
    `${count} recorded from ${from} to ${to}, the twelve months up to this review.`,
  contextMatching: 'Only incidents matching the shared filter are counted.',
  contextMore: (n: number) => `…and ${enCount(n)} more`,
  sources: 'Sources',
};

export const trackerKo: typeof trackerEn = {
  label: '권고',
  reviews: '검토',
  cycle: (n: number) => `제${n}주기`,
  responseNames: {
    supported: '수용',
    noted: '주목',
    pending: '검토 중',
    unknown: '알 수 없음',
  },
  implementationNames: {
    'not-started': '미착수',
    'in-progress': '이행 중',
    implemented: '이행 완료',
    regressed: '후퇴',
    unknown: '알 수 없음',
  },
  noTheme: '기타 / 주제 없음',
  theme: '주제',
  themes: '주제',
  response: '수용 여부',
  implementation: '이행 상황',
  recommendingStates: '권고국',
  recommendation: '권고',
  search: '검색',
  allThemes: '모든 주제',
  allResponses: '모든 수용 여부',
  allImplementation: '모든 이행 상황',
  allStates: '모든 권고국',
  filters: '권고 필터',
  showing: (shown: number, total: number) => `${koCount(total)}건 중 ${koCount(shown)}건 표시`,
  sharedQuery: (query: string) => `공유 검색어 “${query}”와도 일치`,
  received: (n: number) => `권고 ${koCount(n)}건 접수`,
  countNotStated: '접수된 전체 권고 수는 알려지지 않음',
  listed: (listed: number, themes: number) =>
    listed === 0
      ? '이 데이터셋에는 목록 없음'
      : `그중 ${koCount(listed)}건${themes ? `을 주제 ${koCount(themes)}개로` : '을'} 여기에 정리`,
  listedOnly: (listed: number, themes: number) =>
    `권고 ${koCount(listed)}건${themes ? `, 주제 ${koCount(themes)}개로` : ''} 정리`,
  responsesNotRecorded: '수용 여부는 이 데이터셋에 기록되지 않음',
  implementationNotRecorded: '이행 상황은 이 데이터셋에 기록되지 않음',
  responsesRecorded: (parts: string) => `수용 여부: ${parts}`,
  implementationRecorded: (parts: string) => `이행 상황: ${parts}`,
  part: (count: number, name: string) => `${name} ${koCount(count)}건`,
  notListed: (n: number) => `${koCount(n)}건은 이 데이터셋에 목록 없음`,
  byResponse: '수용 여부별',
  byImplementation: '이행 상황별',
  segment: (name: string, count: number, percent: string) =>
    `${name}: ${koCount(count)}건 (${percent})`,
  noRecommendations: '이 검토의 권고는 이 데이터셋에 목록이 없습니다.',
  tableCaption: (review: string) => `${review}의 권고`,
  showMore: (n: number, left: number) => `${koCount(n)}건 더 보기 (남은 ${koCount(left)}건)`,
  keyboardHelp: '화살표 키로 권고 사이를 이동하고, Enter로 전문을 열며, Esc로 닫습니다.',
  context: '같은 기간의 사건',
  contextSummary: (count: string, from: string, to: string) =>
    `이 검토까지 12개월(${from}~${to}) 동안 기록된 ${count}.`,
  contextMatching: '공유 필터와 일치하는 사건만 셉니다.',
  contextMore: (n: number) => `…외 ${koCount(n)}건`,
  sources: '출처',
};

export type TrackerMessages = typeof trackerEn;

/** The tracker's words in the UI language of `lang`. */
export const trackerMessages = (lang: string | null | undefined): TrackerMessages =>
  wordsFor({ en: trackerEn, ko: trackerKo }, lang);
