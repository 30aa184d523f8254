/**
 * Problems found in a dataset, each with its JSON path (`incidents[3].regionId`) and a
 * sentence a data editor understands, in English and Korean. zod's raw issues are reworded
 * here; the cross-reference rules in `dataset-rules.ts` produce issues of the same kind.
 */
import type { core } from 'zod/mini';
import { ruleNames, supportedSchemaVersion, type RuleName } from './schema-values.js';

export const issueCodes = [
  ...ruleNames,
  'required',
  'type',
  'empty',
  'too-long',
  'too-many',
  'too-few',
  'too-small',
  'too-large',
  'integer',
  'one-of',
  'schema-version',
  'unknown-reference',
  'duplicate-id',
  'end-before-start',
  'needs-date',
  'qualified-period',
  'min-above-max',
  'place-region-mismatch',
  'too-many-recommendations',
  'invalid-json',
  'not-json',
  'too-deep',
  'http-status',
  'network',
  'invalid',
] as const;
export type IssueCode = (typeof issueCodes)[number];

export type IssueParams = Readonly<Record<string, string | number>>;

/** One problem: where it is, what it is (in English), and what to reword it from. */
export interface DatasetIssue {
  /** JSON path such as `incidents[3].regionId`; empty for the document or the file itself. */
  path: string;
  message: string;
  code: IssueCode;
  params: IssueParams;
}

type Wording = Record<IssueCode, (p: IssueParams) => string>;

// Dataset values inside messages are cut short: a 1 MB string must not become a 1 MB message.
const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const en: Wording = {
  'blank-id': () => 'must not be blank',
  'language-tag': (p) => `"${p.value}" is not a language tag such as "en" or "ko"`,
  'empty-text': () => 'needs text in at least one language',
  'date-format': (p) => `"${p.value}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`,
  'real-date': (p) => `"${p.value}" is not a real calendar date`,
  url: (p) =>
    `"${p.value}" is not allowed: links must be complete http:// or https:// addresses, without a user name or password`,
  color: (p) => `"${p.value}" is not a colour: write it as #rrggbb`,
  'country-code': (p) => `"${p.value}" is not a two-letter country code such as "KP"`,
  required: () => 'is required but missing',
  type: (p) => `should be ${p.expected}, not ${p.received}`,
  empty: () => 'must not be empty',
  'too-long': (p) => `is too long (${p.length} characters; at most ${p.max})`,
  'too-many': (p) => `has too many entries (${p.count}; at most ${p.max})`,
  'too-few': (p) => `needs at least ${p.min} ${p.min === 1 ? 'entry' : 'entries'}`,
  'too-small': (p) => `${p.value} is too small: the least allowed is ${p.min}`,
  'too-large': (p) => `${p.value} is too large: the most allowed is ${p.max}`,
  integer: (p) => `${p.value} is not a whole number`,
  'one-of': (p) => `"${p.value}" is not one of: ${p.allowed}`,
  'schema-version': (p) =>
    `this dataset says schema version ${p.value}; these widgets read schema version ${supportedSchemaVersion}`,
  'unknown-reference': (p) => `"${p.value}" is not one of the ${p.collection}`,
  'duplicate-id': (p) => `"${p.value}" is already the id of ${p.other}`,
  'end-before-start': (p) => `ends (${p.endDate}) before it starts (${p.date})`,
  'needs-date': () => 'needs a date to go with it: write date too, or leave this out',
  'qualified-period': () =>
    'qualifies a single date, not a period: leave out endDate, or this qualifier',
  'min-above-max': (p) => `the most (${p.max}) is less than the least (${p.min})`,
  'place-region-mismatch': (p) =>
    `"${p.placeId}" is a place in "${p.placeRegionId}", not in "${p.value}"`,
  'too-many-recommendations': (p) =>
    `${p.listed} recommendations are listed, more than the ${p.count} of recommendationCount`,
  'invalid-json': (p) => `the file is not valid JSON (${p.detail})`,
  'not-json': (p) => `holds ${p.received}, which a JSON dataset cannot contain`,
  'too-deep': (p) => `is nested more than ${p.max} levels deep`,
  'http-status': (p) => `the server answered ${p.status} for ${p.url}`,
  network: (p) => `${p.url} could not be loaded (${p.detail ?? `no answer after ${p.seconds} s`})`,
  invalid: () => 'is not valid here',
};

const ko: Wording = {
  'blank-id': () => '공백일 수 없습니다',
  'language-tag': (p) => `"${p.value}"은(는) "en", "ko"와 같은 언어 태그가 아닙니다`,
  'empty-text': () => '적어도 한 언어로 된 텍스트가 필요합니다',
  'date-format': (p) =>
    `"${p.value}"은(는) 날짜가 아닙니다. YYYY, YYYY-MM 또는 YYYY-MM-DD 형식으로 쓰세요`,
  'real-date': (p) => `"${p.value}"은(는) 달력에 없는 날짜입니다`,
  url: (p) =>
    `"${p.value}"은(는) 허용되지 않습니다. 링크는 사용자 이름이나 비밀번호 없는 완전한 http:// 또는 https:// 주소여야 합니다`,
  color: (p) => `"${p.value}"은(는) 색상이 아닙니다. #rrggbb 형식으로 쓰세요`,
  'country-code': (p) => `"${p.value}"은(는) "KP"와 같은 두 글자 국가 코드가 아닙니다`,
  required: () => '필수 항목이 없습니다',
  type: (p) => `${ko_type(p.expected)}이어야 하는데 ${ko_type(p.received)}입니다`,
  empty: () => '비어 있으면 안 됩니다',
  'too-long': (p) => `너무 깁니다 (${p.length}자, 최대 ${p.max}자)`,
  'too-many': (p) => `항목이 너무 많습니다 (${p.count}개, 최대 ${p.max}개)`,
  'too-few': (p) => `항목이 적어도 ${p.min}개 필요합니다`,
  'too-small': (p) => `${p.value}은(는) 너무 작습니다. 최솟값은 ${p.min}입니다`,
  'too-large': (p) => `${p.value}은(는) 너무 큽니다. 최댓값은 ${p.max}입니다`,
  integer: (p) => `${p.value}은(는) 정수가 아닙니다`,
  'one-of': (p) => `"${p.value}"은(는) 다음 중 하나가 아닙니다: ${p.allowed}`,
  'schema-version': (p) =>
    `이 데이터셋은 스키마 버전 ${p.value}입니다. 이 위젯은 스키마 버전 ${supportedSchemaVersion}을(를) 읽습니다`,
  'unknown-reference': (p) => `"${p.value}"은(는) ${ko_collection(p.collection)}에 없습니다`,
  'duplicate-id': (p) => `"${p.value}"은(는) 이미 ${p.other}의 ID입니다`,
  'end-before-start': (p) => `종료일(${p.endDate})이 시작일(${p.date})보다 앞섭니다`,
  'needs-date': () => '함께 쓸 날짜가 필요합니다. date도 쓰거나 이 항목을 빼세요',
  'qualified-period': () =>
    '기간이 아닌 하나의 날짜만 한정할 수 있습니다. endDate나 이 한정어를 빼세요',
  'min-above-max': (p) => `최댓값(${p.max})이 최솟값(${p.min})보다 작습니다`,
  'place-region-mismatch': (p) =>
    `"${p.placeId}"은(는) "${p.value}"이 아니라 "${p.placeRegionId}"에 있는 장소입니다`,
  'too-many-recommendations': (p) =>
    `나열된 권고 ${p.listed}건이 recommendationCount ${p.count}건보다 많습니다`,
  'invalid-json': (p) => `파일이 올바른 JSON이 아닙니다 (${p.detail})`,
  'not-json': (p) => `JSON 데이터셋에 담을 수 없는 값(${ko_type(p.received)})이 있습니다`,
  'too-deep': (p) => `${p.max}단계보다 깊게 중첩되어 있습니다`,
  'http-status': (p) => `서버가 ${p.url}에 대해 ${p.status}(으)로 응답했습니다`,
  network: (p) =>
    `${p.url}을(를) 불러올 수 없습니다 (${p.detail ?? `${p.seconds}초 동안 응답 없음`})`,
  invalid: () => '이 위치에 올 수 없는 값입니다',
};

const koTypes: Record<string, string> = {
  text: '텍스트',
  'a number': '숫자',
  'a whole number': '정수',
  'a list': '목록',
  'an object': '객체',
  'true or false': '참/거짓 값',
  nothing: '빈 값(null)',
  'text, or an object of language tags to text': '텍스트 또는 언어 태그별 텍스트 객체',
  'a whole number, or an object with min (and max)': '정수 또는 min(과 max)이 있는 객체',
  'a TopoJSON topology (an object)': 'TopoJSON 토폴로지(객체)',
  'a reference to itself': '자기 자신을 가리키는 참조',
  function: '함수',
  undefined: '정의되지 않은 값',
};
function ko_type(english: string | number | undefined): string {
  // "a Map object": what an embedder passed as `data`, named by its class.
  return koTypes[String(english)] ?? String(english).replace(/^an? (\S+) object$/, '$1 객체');
}
const koCollections: Record<string, string> = {
  regions: '지역 목록',
  places: '장소 목록',
  categories: '분류 목록',
  sources: '출처 목록',
  themes: '주제 목록',
  objects: '토폴로지의 객체 목록',
};
function ko_collection(english: string | number | undefined): string {
  return koCollections[String(english)] ?? String(english);
}

const wordings: Record<string, Wording> = { en, ko };

/** The issue's message in `lang` (`en` or `ko`; anything else reads English). */
export function issueMessage(issue: Pick<DatasetIssue, 'code' | 'params'>, lang: string): string {
  const wording = wordings[lang.split('-')[0] ?? 'en'] ?? en;
  return wording[issue.code](issue.params);
}

/** Builds an issue with its English message. */
export function makeIssue(path: string, code: IssueCode, params: IssueParams = {}): DatasetIssue {
  return { path, code, params, message: en[code](params) };
}

/** `['incidents', 3, 'regionId']` → `incidents[3].regionId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) text += text ? `.${String(key)}` : String(key);
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

function describeType(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  tuple: 'a list',
  boolean: 'true or false',
};

/** Rewords zod's issues; one issue per path, the first found, so a reader is not told twice. */
export function fromZodIssues(issues: readonly core.$ZodIssue[]): DatasetIssue[] {
  const result: DatasetIssue[] = [];
  const seen = new Set<string>();
  const add = (issue: DatasetIssue) => {
    if (seen.has(issue.path)) return;
    seen.add(issue.path);
    result.push(issue);
  };
  const visit = (issue: core.$ZodIssue, prefix: readonly PropertyKey[]) => {
    const pathKeys = [...prefix, ...issue.path];
    const path = formatPath(pathKeys);
    if (issue.code === 'invalid_union' && issue.input === undefined) {
      add(makeIssue(path, 'required'));
      return;
    }
    if (issue.code === 'invalid_union') {
      // A Text is a string or an object of language → string, a number of people a whole
      // number or an object of min and max: the branch of the value's own type has the useful
      // problems (2.5 is a number, but not a whole one); otherwise it is simply the wrong type.
      const branch = issue.errors.find((errors) =>
        errors.every(
          (e) =>
            e.path.length > 0 ||
            e.code !== 'invalid_type' ||
            (e.expected === 'int' && typeof issue.input === 'number'),
        ),
      );
      const text = issue.errors.some((errors) =>
        errors.some((e) => e.code === 'invalid_type' && e.expected === 'string'),
      );
      if (branch && branch.length) branch.forEach((inner) => visit(inner, pathKeys));
      else
        add(
          makeIssue(path, 'type', {
            expected: text
              ? 'text, or an object of language tags to text'
              : 'a whole number, or an object with min (and max)',
            received: describeType(issue.input),
          }),
        );
      return;
    }
    if (issue.code === 'invalid_key') {
      // A record key (a language tag of a Text) is wrong: report it at the key's own path.
      issue.issues.forEach((inner) => visit(inner, pathKeys));
      return;
    }
    add(convert(issue, path, pathKeys));
  };
  for (const issue of issues) visit(issue, []);
  return result;
}

function convert(issue: core.$ZodIssue, path: string, keys: readonly PropertyKey[]): DatasetIssue {
  const value = shown(issue.input);
  if ((ruleNames as readonly string[]).includes(issue.message)) {
    return makeIssue(path, issue.message as RuleName, { value });
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return makeIssue(path, 'required');
      if (issue.expected === 'int' && typeof issue.input === 'number')
        return makeIssue(path, 'integer', { value });
      return makeIssue(path, 'type', {
        expected: expectedWords[issue.expected] ?? issue.expected,
        received: describeType(issue.input),
      });
    case 'invalid_value':
      if (issue.input === undefined) return makeIssue(path, 'required');
      if (keys.length === 1 && keys[0] === 'schemaVersion')
        return makeIssue(path, 'schema-version', { value });
      return makeIssue(path, 'one-of', {
        value,
        allowed: issue.values.map((v) => String(v)).join(', '),
      });
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return makeIssue(path, 'empty');
      if (issue.origin === 'array') return makeIssue(path, 'too-few', { min });
      return makeIssue(path, 'too-small', { value, min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      const input = issue.input;
      if (issue.origin === 'string')
        return makeIssue(path, 'too-long', { length: String(input).length, max });
      if (issue.origin === 'array')
        return makeIssue(path, 'too-many', { count: Array.isArray(input) ? input.length : 0, max });
      return makeIssue(path, 'too-large', { value, max });
    }
    default:
      return makeIssue(path, 'invalid', { value });
  }
}
