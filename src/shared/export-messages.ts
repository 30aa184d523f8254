/**
 * The words of the export control, the picture's footer and the citation, in English and
 * Korean. Apart from shared/messages.ts so that they travel with the export code.
 */
import { wordsFor } from './messages.js';
import { formatNumber } from './format-number.js';

export const exportEn = {
  export: 'Export',
  svg: 'SVG image',
  png: 'PNG image',
  csv: 'CSV of the data table',
  cite: 'Copy citation',
  copied: 'Copied: ',
  copyByHand: 'Copy this citation (the browser did not allow it): ',
  saved: (file: string) => `Saved ${file}`,
  pngBlocked:
    "PNG export could not draw its image: this page's Content-Security-Policy must allow img-src blob: for it. SVG and CSV work.",
  failed: 'This could not be exported.',
  notReady: 'Nothing to export until the data is shown.',
  notLoaded:
    'Export could not load its code: civic-space-widgets-export.js must be beside civic-space-widgets.js, and the page must allow it.',
  sources: (publishers: string) => `Sources: ${publishers}`,
  updated: (date: string) => `Updated ${date}`,
  moreRows: (n: number) => `…and ${formatNumber(n, 'en')} more: the CSV has every row.`,
  cited: (title: string, publishers: string, updated: string, view: string, url: string) =>
    `${title}. Data: ${publishers}. Updated ${updated}. ${view} ${url}`,
};

export const exportKo: typeof exportEn = {
  export: '내보내기',
  svg: 'SVG 이미지',
  png: 'PNG 이미지',
  csv: '데이터 표 CSV',
  cite: '인용 문구 복사',
  copied: '복사했습니다: ',
  copyByHand: '브라우저가 복사를 막았습니다. 이 인용 문구를 복사하세요: ',
  saved: (file: string) => `${file} 저장함`,
  pngBlocked:
    'PNG 이미지를 그리지 못했습니다. 이 페이지의 Content-Security-Policy가 img-src blob:을 허용해야 합니다. SVG와 CSV는 됩니다.',
  failed: '내보낼 수 없습니다.',
  notReady: '데이터가 표시되기 전에는 내보낼 것이 없습니다.',
  notLoaded:
    '내보내기 코드를 불러오지 못했습니다: civic-space-widgets-export.js가 civic-space-widgets.js와 같은 곳에 있어야 하고, 페이지가 이를 허용해야 합니다.',
  sources: (publishers: string) => `출처: ${publishers}`,
  updated: (date: string) => `${date} 갱신`,
  moreRows: (n: number) => `…외 ${formatNumber(n, 'ko')}건: 모든 행은 CSV에 있습니다.`,
  cited: (title: string, publishers: string, updated: string, view: string, url: string) =>
    `${title}. 자료: ${publishers}. ${updated} 갱신. ${view} ${url}`,
};

export type ExportMessages = typeof exportEn;

/** The export words in the UI language of `lang`. */
export const exportMessages = (lang: string | null | undefined): ExportMessages =>
  wordsFor({ en: exportEn, ko: exportKo }, lang);
