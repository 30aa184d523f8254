/** The province map's words, in English and Korean (the shared ones: shared/messages.ts). */
import { wordsFor } from '../shared/messages.js';
import { formatNumber } from '../shared/format-number.js';

const count = (n: number, one: string, many: string) =>
  n === 1 ? `1 ${one}` : `${formatNumber(n, 'en')} ${many}`;

export const mapEn = {
  label: 'Map of incidents by region',
  keyboardHelp:
    'Arrow keys move between regions and places, Enter selects one and filters by region, Escape clears.',
  incidentsTitle: 'Incidents per region',
  peopleTitle: 'People affected per region',
  peopleCaveat: (n: number) =>
    n
      ? `Counts only incidents whose source gives a number: ${count(n, 'incident gives', 'incidents give')} none.`
      : 'Every incident shown gives a number of people affected.',
  rangeCaveat: (n: number) =>
    `Where a source gives a range (${count(n, 'incident', 'incidents')}: “at least 30”, “12–20”), the least number is counted.`,
  notVerified: (n: number) => `${formatNumber(n, 'en')} not verified`,
  notVerifiedOf: (n: number) =>
    `${count(n, 'incident is', 'incidents are')} reported or alleged, not verified`,
  unverifiedKey:
    'Dashed edge, hollow marker: every incident there is reported or alleged, not verified',
  noData: 'No data',
  noDataLong: 'not in the dataset',
  place: 'Named place',
  region: 'Region',
  incidents: 'Incidents',
  people: (n: number) => count(n, 'person affected', 'people affected'),
  unlocated: (n: number) =>
    count(n, 'incident without a stated location', 'incidents without a stated location'),
  notOnMap: (n: number) =>
    `${count(n, 'region of the dataset is', 'regions of the dataset are')} not on this map; see the table.`,
  notOnMapRow: 'not on the map',
  summary: (regions: number, total: number, region: string | undefined, top: string) =>
    region
      ? `Incidents documented in ${regions} of ${total} regions; most in ${region} (${top}).`
      : `No incident in the current filter has a region on this map.`,
  summaryPeople: (regions: number, total: number, region: string | undefined, top: string) =>
    region
      ? `People affected documented in ${regions} of ${total} regions; most in ${region} (${top}).`
      : `No incident in the current filter gives a number of people affected in a region on this map.`,
  regionLabel: (name: string, value: string, selected: boolean) =>
    `${name}: ${value}${selected ? ', filtered' : ''}`,
  placeLabel: (name: string, value: string) => `${name} (named place): ${value}`,
  detailRegion: (name: string) => `Incidents in ${name}`,
  detailPlace: (name: string) => `Incidents at ${name}`,
  detailEmpty: 'No incident here matches the current filter.',
  back: 'Back to the list',
  clearRegions: 'Show all regions',
  tableCaption: 'Incidents and people affected per region, in the current filter',
  boundariesNeeded: (country: string) =>
    `There are no built-in boundaries for ${country}. Set the map's geo attribute to a TopoJSON file of its regions.`,
  boundariesTitle: 'These boundaries cannot be shown',
  contextFailed: 'The neighbouring countries could not be loaded; the map is shown without them.',
};

export const mapKo: typeof mapEn = {
  label: '지역별 사건 지도',
  keyboardHelp:
    '화살표 키로 지역과 장소 사이를 이동하고, Enter로 선택하여 지역별로 필터링하며, Esc로 해제합니다.',
  incidentsTitle: '지역별 사건 수',
  peopleTitle: '지역별 피해 인원',
  peopleCaveat: (n: number) =>
    n
      ? `출처가 인원수를 밝힌 사건만 셉니다. 사건 ${formatNumber(n, 'ko')}건은 인원수가 없습니다.`
      : '표시된 모든 사건에 피해 인원수가 있습니다.',
  rangeCaveat: (n: number) =>
    `출처가 범위(“최소 30”, “12–20”)로 밝힌 경우(사건 ${formatNumber(n, 'ko')}건) 가장 작은 수를 셉니다.`,
  notVerified: (n: number) => `${formatNumber(n, 'ko')}건 검증되지 않음`,
  notVerifiedOf: (n: number) => `사건 ${formatNumber(n, 'ko')}건은 보도·주장되었으나 검증되지 않음`,
  unverifiedKey: '점선 테두리, 속이 빈 표시: 그곳의 모든 사건이 보도·주장되었으나 검증되지 않음',
  noData: '데이터 없음',
  noDataLong: '데이터셋에 없음',
  place: '지명',
  region: '지역',
  incidents: '사건',
  people: (n: number) => `${formatNumber(n, 'ko')}명`,
  unlocated: (n: number) => `장소가 밝혀지지 않은 사건 ${formatNumber(n, 'ko')}건`,
  notOnMap: (n: number) =>
    `데이터셋의 지역 ${formatNumber(n, 'ko')}곳이 이 지도에 없습니다. 표를 참조하세요.`,
  notOnMapRow: '지도에 없음',
  summary: (regions: number, total: number, region: string | undefined, top: string) =>
    region
      ? `전체 ${total}개 지역 중 ${regions}곳에서 사건이 기록되었으며, ${region}이(가) 가장 많습니다 (${top}).`
      : '현재 필터에는 이 지도의 지역에 속한 사건이 없습니다.',
  summaryPeople: (regions: number, total: number, region: string | undefined, top: string) =>
    region
      ? `전체 ${total}개 지역 중 ${regions}곳에서 피해 인원이 기록되었으며, ${region}이(가) 가장 많습니다 (${top}).`
      : '현재 필터에는 이 지도의 지역에서 피해 인원수를 밝힌 사건이 없습니다.',
  regionLabel: (name: string, value: string, selected: boolean) =>
    `${name}: ${value}${selected ? ', 필터 적용됨' : ''}`,
  placeLabel: (name: string, value: string) => `${name} (지명): ${value}`,
  detailRegion: (name: string) => `${name}의 사건`,
  detailPlace: (name: string) => `${name}의 사건`,
  detailEmpty: '현재 필터와 일치하는 사건이 없습니다.',
  back: '목록으로',
  clearRegions: '모든 지역 보기',
  tableCaption: '현재 필터의 지역별 사건 수와 피해 인원',
  boundariesNeeded: (country: string) =>
    `${country}의 내장 경계 데이터가 없습니다. 지도의 geo 속성에 해당 지역의 TopoJSON 파일을 지정하세요.`,
  boundariesTitle: '이 경계 데이터를 표시할 수 없습니다',
  contextFailed: '주변 국가를 불러오지 못해 주변 국가 없이 지도를 표시합니다.',
};

export type MapMessages = typeof mapEn;

/** The map's words in the UI language of `lang`. */
export const mapMessages = (lang: string | null | undefined): MapMessages =>
  wordsFor({ en: mapEn, ko: mapKo }, lang);
